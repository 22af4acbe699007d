/// Which credential was used, in words a user recognises: its kind and, when known, its user.
public struct CredentialIdentity: Hashable, Sendable, CustomStringConvertible {
    /// The kind of secret, e.g. "API token" or "personal access token".
    public var kindName: String
    /// The user or email it belongs to, when the credential names one.
    public var user: String?

    /// Creates an identity.
    public init(kindName: String, user: String? = nil) {
        self.kindName = kindName
        self.user = user
    }

    /// "API token for me@example.com", or "personal access token".
    public var description: String {
        user.map { "\(kindName) for \($0)" } ?? kindName
    }

    /// "the API token was refused for me@example.com", the middle of a 401 sentence.
    var refusal: String {
        "the \(kindName) was refused" + (user.map { " for \($0)" } ?? "")
    }

    /// "the OAuth access token for me@example.com lacks the OAuth scope this call needs", for a gateway's scope refusal.
    var lacksScope: String {
        "the \(description) lacks the OAuth scope this call needs"
    }
}
