/// A coding key for any field name, used to find fields a strict decoder does not know.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        return nil
    }
}

/// Rejects objects carrying fields outside a known set, as the SDK's request types (made strict) do.
enum StrictKeys {
    /// Throws `DecodingError.dataCorrupted` naming the first unknown field (in sorted order) of the decoder's object.
    static func check<Key: CodingKey & CaseIterable>(_ decoder: any Decoder, allowed: Key.Type, what: String) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let known = Set(Key.allCases.map(\.stringValue))
        let unknown = container.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        let allowedList = Key.allCases.map(\.stringValue).joined(separator: ", ")
        throw DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: decoder.codingPath + [AnyCodingKey(stringValue: first)],
            debugDescription: "\(what) has an unknown field \"\(first)\"; the fields it may have are \(allowedList)"
        ))
    }
}
