/// A person who appears in the site's content (author, modifier, space creator).
public struct SiteUser: Sendable, Hashable, Codable {
    /// Cloud account id.
    public var accountId: String
    /// Data Center user key.
    public var userKey: String
    /// Data Center user name.
    public var username: String
    /// Name shown to people.
    public var displayName: String
    /// E-mail address.
    public var email: String

    /// Creates a user.
    public init(accountId: String, userKey: String, username: String, displayName: String, email: String) {
        self.accountId = accountId
        self.userKey = userKey
        self.username = username
        self.displayName = displayName
        self.email = email
    }
}
