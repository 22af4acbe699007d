/// One auth kind the account form offers: its stored value, its title, and what its user field holds.
public struct AuthKindChoice: Hashable, Sendable {
    /// The auth kind's raw value.
    public let id: String
    /// The name shown in the form.
    public let title: String
    /// The label of the user field for this kind ("User", or "Client" where the field holds an OAuth client id); nil
    /// for a kind that takes no user (a personal access token names its user itself).
    public let userLabel: String?

    /// Creates a choice.
    public init(id: String, title: String, userLabel: String? = "User") {
        self.id = id
        self.title = title
        self.userLabel = userLabel
    }
}
