/// The outcome of fetching one content item by id in a batch.
public struct PageLookup: Sendable {
    /// The id asked for.
    public let id: String
    /// The page, or why it could not be read.
    public let result: Result<Page, ConfluenceError>

    /// Creates an outcome.
    public init(id: String, result: Result<Page, ConfluenceError>) {
        self.id = id
        self.result = result
    }
}
