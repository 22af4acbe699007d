/// A string enumeration read from a hand-editable file: a value it does not know is refused with the values allowed named
/// (never the value found, which may be a secret pasted into the wrong field).
public protocol FileEnumeration: RawRepresentable<String>, CaseIterable, Decodable {}

extension FileEnumeration {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = Self(rawValue: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: JSONFileDecoder.allowedValuesMarker
                + Self.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = value
    }
}
