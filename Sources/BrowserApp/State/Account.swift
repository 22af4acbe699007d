public import DataSources

/// A configured account (or the demo) as the accounts pane lists it. Holds no secret.
public struct Account: Hashable, Sendable {
    /// The account's name.
    public var name: String
    /// A short description: the site address, or "demo".
    public var detail: String
    /// The data-source component definitions saved through this account start from: server URL,
    /// authentication mechanism and user, no selector and no secret. Nil: it cannot save definitions.
    public var sourceTemplate: ConfluenceDataSource?

    /// Creates an account entry.
    public init(name: String, detail: String, sourceTemplate: ConfluenceDataSource? = nil) {
        self.name = name
        self.detail = detail
        self.sourceTemplate = sourceTemplate
    }
}
