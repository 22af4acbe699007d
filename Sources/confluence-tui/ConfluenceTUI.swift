import ArgumentParser
import Foundation

/// The `confluence-tui` command: the terminal browser, its demo, and headless subcommands.
@main
struct ConfluenceTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confluence-tui",
        abstract: "A terminal browser for Confluence Cloud and Data Center.",
        subcommands: [
            DemoCommand.self,
            SpacesCommand.self,
            TreeCommand.self,
            PageCommand.self,
            RenderCommand.self,
            SearchCommand.self,
            WhoamiCommand.self,
        ]
    )

    /// Runs the command line with the exit codes the README promises: 0 ok, 1 remote or usage error, 2 invalid arguments.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            finish(with: error)
        }
    }

    /// Ends the process for an error: help and version exit 0, bad arguments 2, everything else 1 with one line on stderr.
    static func finish(with error: any Error) -> Never {
        switch exitCode(for: error) {
        case .success:
            exit(withError: error)
        case .validationFailure:
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        case let code where error is ExitCode:
            Foundation.exit(code.rawValue)
        default:
            Terminal.printError(error)
            Foundation.exit(1)
        }
    }
}
