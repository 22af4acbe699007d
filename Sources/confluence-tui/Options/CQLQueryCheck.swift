import ArgumentParser
import CQL

/// The local CQL check `sources save`, `preview` and `search` share, as the browser's filter builder makes it: a query
/// the parser refuses is invalid input, said before any request.
enum CQLQueryCheck {
    /// Throws a `ValidationError` naming where the query came from (`what`, e.g. `--cql`) and the parser's first error, or
    /// saying that it is empty (a site answers an empty query with a 400).
    static func check(_ query: String, as what: String) throws {
        if query.allSatisfy(\.isWhitespace) {
            throw ValidationError("\(what) is empty: write a CQL query, such as space = ENG AND label = runbook")
        }
        if let problem = CQLValidator.validate(query).first(where: \.isError) {
            throw ValidationError("\(what) is not valid CQL: \(problem)")
        }
    }
}
