/// A secret that cannot be sent as it was given; the description names where it came from, never the secret.
public struct InvalidSecretError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case empty
        case controlCharacter
    }

    let reason: Reason
    /// What the secret is and where it was read, e.g. `the API token in CONFLUENCE_API_TOKEN`.
    public let origin: String

    public var description: String {
        switch reason {
        case .empty: "\(origin) is empty"
        case .controlCharacter: "\(origin) holds a control character, which no HTTP header can carry; remove it and try again"
        }
    }
}
