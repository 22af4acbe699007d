import Accounts
import ArgumentParser
import Foundation
import TerminalKit

/// `confluence-tui auth login`: the OAuth 2.0 (3LO) sign-in of an account.
struct AuthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "auth", abstract: "Sign in with OAuth 2.0 (3LO).", subcommands: [Login.self])

    /// `auth login`.
    struct Login: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open the Atlassian consent page and store the tokens of an OAuth account.",
            discussion: "The browser is sent back to the account's loopback redirect URI. When the browser runs elsewhere, paste the address it was sent to."
        )

        @Option(help: "The OAuth account to sign in.")
        var account: String

        @Option(parsing: .unconditional, help: "How long to wait for the browser, in seconds.")
        var timeout: Int = 300

        @Flag(help: "Do not open a browser; only print the address.")
        var noBrowser = false

        func validate() throws {
            if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
        }

        func run() async throws {
            let registry = AccountsCommand.registry()
            let interactive = SecretInput.isInteractive
            let paste: @Sendable (OAuthError?) async throws -> String = { refusal in
                if let refusal { Terminal.tell("That address was refused: \(refusal).\n") }
                guard let line = SecretInput.ask("…or paste the address the browser was sent to: "), !line.isEmpty else {
                    throw ValidationError("nothing was pasted")
                }
                return line
            }
            let source: OAuthLogin.CodeSource = interactive
                ? .loopbackOrPaste(timeout: .seconds(timeout), paste: paste)
                : .loopback(timeout: .seconds(timeout))
            let openBrowser = !noBrowser
            let outcome = try await registry.login(
                named: account,
                codeSource: source,
                present: { request in
                    Terminal.tell("Open this address to grant access:\n\n  \(request.url.absoluteString)\n\n")
                    if openBrowser { _ = BrowserOpener.open(request.url) }
                },
                pickSite: { sites in
                    for (index, site) in sites.enumerated() {
                        // Names and addresses come from the accessible-resources answer: each kept to one clean line.
                        Terminal.tell("  \(index + 1). \(Sanitizer.clean(site.name))  \(Sanitizer.clean(site.url.absoluteString))\n")
                    }
                    guard interactive, let answer = SecretInput.ask("Which site? [1-\(sites.count)] "),
                          let choice = Int(answer), sites.indices.contains(choice - 1) else {
                        throw ValidationError("several sites granted access; run again at a terminal to choose one")
                    }
                    return sites[choice - 1]
                }
            )
            Terminal.line(outcome.sentence)
        }
    }
}
