/// A Confluence user, as `whoami` shows it.
public struct User: Hashable, Sendable, Codable {
    /// The Cloud account id.
    public var accountId: String?
    /// The Data Center user key.
    public var userKey: String?
    /// The Data Center user name.
    public var username: String?
    /// The display name.
    public var displayName: String?
    /// The email, when the user's privacy settings show it.
    public var email: String?
    /// `known`, `anonymous`, ...
    public var type: String?

    /// Creates a user.
    public init(accountId: String? = nil, userKey: String? = nil, username: String? = nil, displayName: String? = nil, email: String? = nil, type: String? = nil) {
        self.accountId = accountId
        self.userKey = userKey
        self.username = username
        self.displayName = displayName
        self.email = email
        self.type = type
    }

    /// Whether the server answered for an anonymous visitor (an ignored or invalid token on Data Center).
    public var isAnonymous: Bool { type == "anonymous" }
}
