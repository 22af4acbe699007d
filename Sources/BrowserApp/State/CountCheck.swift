/// A count asked of the server for a draft selection (`Ctrl-T`): the quick preview and the server's
/// check of a CQL query in one request.
public enum CountCheck: Hashable, Sendable {
    /// Not asked yet (or the draft changed since).
    case idle
    /// In flight for `cql`; only a result carrying the token is shown.
    case running(RequestToken, cql: String)
    /// The server counted this many items.
    case counted(Int, cql: String)
    /// The server refused the query (or could not be reached), with its sentence.
    case failed(String, cql: String)

    /// The token of the count in flight, if any.
    public var pendingToken: RequestToken? {
        if case .running(let token, _) = self { return token }
        return nil
    }
}
