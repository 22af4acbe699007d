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
        await TreeNode.loadChildren(of: &roots, client: client, remainingDepth: (depth ?? .max) - 1)
        if output.json {
            try Terminal.json(roots)
        } else {
            for root in roots {
                root.printLines(indent: 0)
            }
        }
        // What could be listed is printed; the command still fails, naming the first listing that did not work.
        let failures = TreeNode.failures(in: roots)
        if let first = failures.first {
            let pages = failures.count == 1 ? "1 page" : "\(failures.count) pages"
            let marked = output.json ? "children_error" : "[children not listed]"
            throw HintedError(error: first, hint: "the children of \(pages) could not be listed (marked \(marked)); the rest of the tree was printed")
        }
    }
}
