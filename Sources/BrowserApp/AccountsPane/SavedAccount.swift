/// What an account save leaves: the accounts as they are now, and the saved definitions of the account that still read
/// the site or user it had (an edit moved it), which `s` in the definitions saves again.
public struct SavedAccount: Hashable, Sendable {
    /// The configured accounts after the save.
    public var accounts: [ManagedAccount]
    /// The names of the account's definitions that do not read its site as its user now.
    public var staleDefinitions: [String]

    /// Creates the outcome of a save.
    public init(accounts: [ManagedAccount], staleDefinitions: [String] = []) {
        self.accounts = accounts
        self.staleDefinitions = staleDefinitions
    }
}
