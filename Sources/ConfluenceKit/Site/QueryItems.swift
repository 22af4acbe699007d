/// An ordered list of query parameters, percent-encoded strictly (only RFC 3986 unreserved characters stay as they are).
///
/// - Note: Foundation's `URLQueryItem` leaves `+` unencoded, which servers read as a space; CQL such as
///   `startOfDay("+1d")` needs it encoded, so the client encodes its queries itself.
struct QueryItems: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private(set) var items: [(name: String, value: String)] = []

    init() {}

    init(dictionaryLiteral elements: (String, String)...) {
        items = elements.map { (name: $0.0, value: $0.1) }
    }

    var isEmpty: Bool { items.isEmpty }

    /// Appends a parameter.
    mutating func add(_ name: String, _ value: String) {
        items.append((name: name, value: value))
    }

    /// Appends a parameter when a value is present.
    mutating func add(_ name: String, _ value: String?) {
        if let value { add(name, value) }
    }

    /// The encoded query, without the leading `?`.
    var encoded: String {
        items.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes every byte that is not an RFC 3986 unreserved character.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    static func == (lhs: QueryItems, rhs: QueryItems) -> Bool {
        lhs.encoded == rhs.encoded
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(encoded)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
