extension JSONValue {
    /// The object with `pair` set (replacing a key of the same name).
    func adding(_ pair: (String, JSONValue)) -> JSONValue {
        guard case .object(var pairs) = self else { return self }
        if let index = pairs.firstIndex(where: { $0.0 == pair.0 }) { pairs[index] = pair } else { pairs.append(pair) }
        return .object(pairs)
    }

    /// The text of a string value, or empty.
    var stringValue: String {
        if case .string(let text) = self { return text }
        return ""
    }
}
