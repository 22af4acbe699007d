import ArgumentParser
import ConfluenceKit

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
        if spaceKey.isEmpty || spaceKey.contains(where: \.isWhitespace) {
            throw ValidationError("\"\(spaceKey)\" is not a space key: space keys are one word, such as ENG")
        }
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
        try await TreeNode.loadChildren(of: &roots, client: client, remainingDepth: (depth ?? .max) - 1)
        if output.json {
            try Terminal.json(roots)
            return
        }
        for root in roots {
            root.printLines(indent: 0)
        }
    }
}
