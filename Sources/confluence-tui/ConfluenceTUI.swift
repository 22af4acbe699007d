import Accounts
import ConfluenceKit
import ArgumentParser
import DataSources
import Foundation

/// The `confluence-tui` command: the terminal browser, its demo, and headless subcommands.
@main
struct ConfluenceTUI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confluence-tui",
        abstract: "A terminal browser for Confluence Cloud and Data Center.",
        version: ProductVersion.current,
        subcommands: [
            BrowseCommand.self,
            DemoCommand.self,
            SpacesCommand.self,
            TreeCommand.self,
            PageCommand.self,
            RenderCommand.self,
            SearchCommand.self,
            WhoamiCommand.self,
            AccountsCommand.self,
            AuthCommand.self,
            SourcesCommand.self,
            PreviewCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Runs the command line with the exit codes the README promises: 0 ok, 1 a failure, 2 invalid input (an invalid
    /// definition or definition name included).
    static func main() async {
        var command: any ParsableCommand
        refuseUnknownSubcommand()
        do {
            command = try parseAsRoot()
        } catch {
            finishParsing(with: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error where isInvalidInput(error) {
            Terminal.printError(error)
            Terminal.exit(2)
        } catch let error as ExitCode {
            Terminal.exit(error.rawValue)
        } catch {
            if exitCode(for: error) == .success { finishParsing(with: error) }
            Terminal.printError((command as? any SiteCommand)?.explaining(error) ?? error)
            Terminal.exit(1)
        }
        Terminal.exit(0)
    }

    /// Whether `error` says the input was invalid (an argument, an account or definition name that is not there or is
    /// taken, a definition that breaks a rule), which exits with status 2, rather than that a site, a service or the
    /// disk failed.
    static func isInvalidInput(_ error: any Error) -> Bool {
        switch error {
        case is ValidationError, is DefinitionValidationError, is InvalidSecretError: true
        // A 400 is the site refusing what was asked as malformed: CQL the local check let through, say.
        case let error as ConfluenceError: error.kind == .invalidSite || error.status == 400
        case let error as IngestPreviewError: error.confluenceError.map(isInvalidInput) ?? false
        case let error as AccountsError: error.isInvalidInput
        case let error as OAuthError: error.isInvalidInput
        case let error as DefinitionStoreError: error.isInvalid || error.isNotFound || error.isAlreadyExists
        case let error as ExportError: error.validationError != nil
        case let error as ExportFileError: error.isInvalidInput
        case let error as LlamaCloudError: error.isInvalidInput
        default: false
        }
    }

    /// Ends the process for a command line that did not parse (a mistyped subcommand was refused before): help and
    /// version exit 0, anything else 2 with usage.
    static func finishParsing(with error: any Error) -> Never {
        if exitCode(for: error) == .success {
            Terminal.write(fullMessage(for: error) + "\n")
            Terminal.exit(0)
        }
        Terminal.writeError(lowercasingErrorLabel(fullMessage(for: error)) + "\n")
        Terminal.exit(2)
    }

    /// Ends the process when a word stands where a subcommand belongs and names none, saying the nearest real one and
    /// where to find them all. Checked before parsing too, as `pages --help` parses as the default subcommand's help.
    static func refuseUnknownSubcommand() {
        guard let unknown = UnknownSubcommand.find(in: Array(CommandLine.arguments.dropFirst()), of: self) else { return }
        Terminal.printError(unknown)
        Terminal.writeError("  See '\(unknown.parent) --help' for more information.\n")
        Terminal.exit(2)
    }

    /// `message` starting as the commands' own errors do (`error:`, as git and cargo write it) rather than with the
    /// parser's `Error:`.
    static func lowercasingErrorLabel(_ message: String) -> String {
        message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message
    }
}
