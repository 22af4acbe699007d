/// An HTTP request method; only idempotent methods are ever retried.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token as sent on the wire, e.g. `GET`.
    public let rawValue: String

    /// Creates a method from its wire token (upper-cased).
    public init(rawValue: String) {
        self.rawValue = rawValue.uppercased()
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")

    /// Whether repeating the request has no further effect (RFC 9110 section 9.2.2), so a retry is safe.
    public var isIdempotent: Bool {
        [HTTPMethod.get, .head, .put, .delete, .options].contains(self)
    }

    public var description: String { rawValue }
}
