import ArgumentParser
import CQL
import DataSources

/// The local CQL check `sources save`, `preview` and `search` share, as the browser's filter builder makes it: a query
/// the parser refuses is invalid input, said before any request.
enum CQLQueryCheck {
    /// Throws a `ValidationError` naming where the query came from (`what`, e.g. `--cql`) and the parser's first error, or
    /// saying that it is empty (a site answers an empty query with a 400).
    static func check(_ query: String, as what: String) throws {
        if let problem = problem(of: query) { throw ValidationError("\(what) \(problem)") }
    }

    /// Throws as `check` does when `definition` selects by a query the parser refuses (a hand edit), naming it.
    static func check(_ definition: DataSourceDefinition) throws {
        if case .cql(let query) = definition.selector { try check(query, as: "\(definition.name)'s cql") }
    }

    /// What is wrong with `query` as the rest of a sentence (`is empty: …`, `is not valid CQL: …`), or nil.
    static func problem(of query: String) -> String? {
        if query.allSatisfy(\.isWhitespace) { return "is empty: write a CQL query, such as space = ENG AND label = runbook" }
        return CQLValidator.validate(query).first(where: \.isError).map { "is not valid CQL: \($0)" }
    }
}
