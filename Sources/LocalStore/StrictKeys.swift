/// A coding key for any field name, used to find fields a strict decoder does not know.
public struct AnyCodingKey: CodingKey {
    public let stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        return nil
    }
}

/// Rejects objects carrying fields outside a known set (a typo in a hand edit), which a decoder would otherwise drop
/// without a word and the next write would lose.
public enum StrictKeys {
    /// Throws `DecodingError.dataCorrupted` naming the first unknown field (in sorted order) of the decoder's object.
    public static func check<Key: CodingKey & CaseIterable>(_ decoder: any Decoder, allowed: Key.Type, what: String) throws {
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
