/// How LlamaCloud authenticates to Confluence: `basic` (user_name + api_token) or `oauth2` (an access token).
///
/// The SDK types the field as a plain string, so an unknown value decodes and is reported by validation
/// rather than making the whole file unreadable.
public struct AuthenticationMechanism: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The value as written on the wire.
    public let rawValue: String

    /// Wraps a wire value, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// User name plus API token (Cloud) or password/token (Data Center).
    public static let basic = AuthenticationMechanism(rawValue: "basic")
    /// An OAuth 2.0 access token.
    public static let oauth2 = AuthenticationMechanism(rawValue: "oauth2")

    /// The values LlamaCloud's Confluence connector accepts.
    public static let known: [AuthenticationMechanism] = [.basic, .oauth2]

    /// Whether this is one of the values LlamaCloud accepts.
    public var isKnown: Bool { Self.known.contains(self) }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
}
