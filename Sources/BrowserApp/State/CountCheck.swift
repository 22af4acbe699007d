public import DataSources

/// A count asked for a draft selection (`Ctrl-T`): the pages an ingestion pulls, counted as its preview (`P`)
/// counts them, and for a query the server's check of it in the same request.
public enum CountCheck: Hashable, Sendable {
    /// Not asked yet (or the draft changed since).
    case idle
    /// In flight for `selector`; only a result carrying the token is shown.
    case running(RequestToken, ConfluenceDataSource.Selector)
    /// An ingestion of `selector` pulls this many pages.
    case counted(Int, ConfluenceDataSource.Selector)
    /// Nothing to count yet, or the server refused the query (or could not be reached), with its sentence.
    case failed(String)

    /// Whether the count failed.
    public var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }

    /// The token of the count in flight, if any.
    public var pendingToken: RequestToken? {
        if case .running(let token, _) = self { return token }
        return nil
    }
}
