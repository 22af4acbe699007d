/// A configured account (or the demo) as the accounts pane lists it. Holds no secret.
public struct Account: Hashable, Sendable {
    /// The account's name.
    public var name: String
    /// A short description: the site address, or "demo".
    public var detail: String

    /// Creates an account entry.
    public init(name: String, detail: String) {
        self.name = name
        self.detail = detail
    }
}
