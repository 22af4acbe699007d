/// The contents of `credentials.json`: the secrets of each account by account name.
public struct Credentials: Hashable, Sendable, CustomStringConvertible {
    /// Entries by account name.
    public var entries: [String: StoredCredentials]

    /// Creates contents.
    public init(entries: [String: StoredCredentials] = [:]) {
        self.entries = entries
    }

    /// The entry of an account (empty when it has none).
    public subscript(account: String) -> StoredCredentials {
        get { entries[account] ?? StoredCredentials() }
        set { entries[account] = newValue.isEmpty ? nil : newValue }
    }

    public var description: String {
        "Credentials(\(entries.count) accounts, secrets <redacted>)"
    }
}
