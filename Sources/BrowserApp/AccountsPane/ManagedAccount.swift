/// A configured account as the accounts pane manages it: its pane entry, its editable fields and its last test.
public struct ManagedAccount: Hashable, Sendable {
    /// The pane entry (name, detail, data-source template).
    public var entry: Account
    /// The fields an edit starts from (the secret is always empty).
    public var form: AccountForm
    /// The outcome of the last test, if any.
    public var lastTest: AccountTestOutcome?
    /// Whether commands use this account when none is named.
    public var isDefault: Bool

    /// Creates an account.
    public init(entry: Account, form: AccountForm, lastTest: AccountTestOutcome? = nil, isDefault: Bool = false) {
        self.entry = entry
        self.form = form
        self.lastTest = lastTest
        self.isDefault = isDefault
    }
}
