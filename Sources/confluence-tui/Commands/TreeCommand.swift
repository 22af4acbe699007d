import ArgumentParser
import ConfluenceKit
import DataSources
import TerminalKit

/// `confluence-tui tree SPACE_KEY`: prints the page tree of a space.
struct TreeCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(commandName: "tree", abstract: "Print the page tree of a space.")

    @Argument(help: "The space key.")
    var spaceKey: String

    @Option(parsing: .unconditional, help: "How many levels to print, at least 1 (default: all).")
    var depth: Int?

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try SpaceKeyCheck.validate(spaceKey)
        if let depth, depth < 1 { throw ValidationError("--depth must be a whole number of at least 1 (1 prints the root pages only)") }
    }

    func run() async throws {
        let client = try await connection.makeClient(announcingWaits: true)
        var roots: [TreeNode] = []
        do {
            for try await item in client.rootPages(spaceKey: spaceKey) {
                roots.append(TreeNode(item: item))
            }
        } catch {
            throw await SpaceKeyHint.hinting(error, for: spaceKey, client: client)
        }
        await TreeNode.loadChildren(of: &roots, client: client, remainingDepth: (depth ?? .max) - 1)
        if output.json {
            try Terminal.json(roots)
        } else {
            for root in roots {
                root.printLines(indent: 0)
            }
        }
        // What could be listed is printed; the command still fails, naming the first listing that did not work.
        let failed = TreeNode.failed(in: roots)
        if let first = failed.first?.failure {
            // Counted by kind, in the order the kinds first fail: `1 page and 2 folders`.
            let kinds = failed.map(\.item.kind).reduce(into: [ContentKind]()) { if !$0.contains($1) { $0.append($1) } }
            let counts = kinds.map { kind in Plural.count(failed.count { $0.item.kind == kind }, kind.rawValue) }
            let marked = output.json ? "children_error" : "[children not listed]"
            throw HintedError(error: first, hint: "the children of \(EnglishList.join(counts)) could not be listed (marked \(marked)); "
                              + "the rest of the tree was printed")
        }
    }
}
