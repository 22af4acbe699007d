import ArgumentParser
import ConfluenceKit
import TerminalKit

/// `confluence-tui search CQL`: runs a CQL search, or counts its hits; no hits is said on stderr, leaving stdout empty.
struct SearchCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search with CQL.")

    @Argument(help: "The CQL query, e.g. 'space = ENG AND label = runbook'.")
    var cql: String

    @Flag(help: "Print only the number of hits (one request, limit=0).")
    var count = false

    @Option(parsing: .unconditional, help: "Stop after this many results.")
    var limit: Int?

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if count, limit != nil { throw ValidationError("--count prints only the number of hits, which --limit does not change: pass one of them") }
    }

    func run() async throws {
        try CQLQueryCheck.check(cql, as: "the query")
        let client = try await connection.makeClient(announcingWaits: true)
        if count {
            let total = try await client.count(cql: cql)
            if output.json { try Terminal.json(["total_size": total]) } else { Terminal.line(String(total)) }
            return
        }
        var results: [SearchResult] = []
        for try await result in client.search(cql: cql, limit: limit) {
            results.append(result)
            if let limit, results.count >= limit { break }
        }
        if output.json {
            try Terminal.json(results)
            return
        }
        if results.isEmpty {
            Terminal.tell("No results for \(Sanitizer.clean(cql, mode: .singleLine))\n")
        }
        for result in results {
            let id = result.content?.id ?? "-"
            let space = result.space?.key ?? result.container ?? ""
            Terminal.line("\(id)\t\(space)\t\(result.title)")
        }
    }
}
