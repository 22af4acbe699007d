import ArgumentParser
import ConfluenceKit

/// `confluence-tui page ID`: fetches one page with its body.
struct PageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "page", abstract: "Show one page: its storage body or its JSON.")

    /// The page's output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case storage
        case json
    }

    @Argument(help: "The page id.")
    var id: String

    @Option(help: "storage (the raw body) or json (the page with metadata).")
    var format: Format = .storage

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let client = try connection.makeClient()
        let page = try await client.page(id: id)
        if output.json || format == .json {
            try Terminal.json(page)
            return
        }
        Terminal.block(page.storageBody ?? "")
    }
}
