import Accounts
import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation
import TerminalKit

/// `confluence-tui accounts`: configured sites and how each signs in.
struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "List, add, edit, remove, test and choose the default of configured accounts.",
        subcommands: [List.self, Add.self, Edit.self, Remove.self, Default.self, Test.self],
        defaultSubcommand: List.self
    )

    /// A registry over the configuration folder with the production transport.
    static func registry() -> AccountRegistry {
        AccountRegistry(transport: AsyncHTTPClientTransport())
    }

    /// `accounts list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts (no secrets are shown).")

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let file = try AccountsCommand.registry().list()
            if output.json {
                try Terminal.json(AccountsListing(file: file))
                return
            }
            if file.accounts.isEmpty {
                Terminal.line("No accounts yet: add one with 'confluence-tui accounts add NAME --site URL --auth KIND'.")
                return
            }
            let rows = file.accounts.map { account in
                let test = account.lastTest.map { $0.ok ? "ok" : "failed: \($0.sentence)" } ?? "not tested"
                return [
                    account.isDefault ? "*" : " ", account.name, "\(account.siteKind)", "\(account.authKind)",
                    account.user ?? "-", SiteAddress.shown(account.siteURL.absoluteString),
                    account.needsLogin ? "\(test), needs login" : test,
                ]
            }
            Columns.lines([[" ", "name", "kind", "authentication", "user", "site", "last test"]] + rows).forEach(Terminal.line)
        }
    }

    /// `accounts add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account; missing fields are asked for, and the secret is read without echo.",
            discussion: "For scripts, pass the secret with --secret-stdin, --secret-file, or keep it outside with --secret-env or --secret-command. It is never taken from the command line."
        )

        @Argument(help: "The account's name.")
        var name: String

        @Option(help: "cloud-basic, scoped-token, dc-pat, dc-password or oauth.")
        var auth: AuthArgument?

        @OptionGroup var fields: AccountFieldOptions

        @Flag(name: .customLong("default"), help: "Make it the default account.")
        var makeDefault = false

        func run() async throws {
            guard let siteText = fields.site ?? SecretInput.askIfInteractive("Site URL: ") else {
                throw ValidationError("an account needs --site URL")
            }
            let siteURL = try SiteAddress.parse(siteText)
            if let warning = SiteAddress.clearTextWarning(for: siteURL) { Terminal.warn(warning) }
            guard let authKind = auth?.authKind ?? AuthArgument.ask()?.authKind else {
                throw ValidationError("an account needs --auth: \(AuthArgument.allValueStrings.joined(separator: ", "))")
            }
            try fields.refuseFlagsUnused(by: authKind)
            var user = fields.user
            if authKind.needsUser, user == nil {
                user = SecretInput.askIfInteractive(authKind == .dataCenterPassword ? "User name: " : "Email: ")
                guard user != nil else { throw ValidationError("\(authKind.withArticle) account needs --user") }
            }
            var oauth: OAuthSettings?
            if authKind == .oauth3LO {
                guard let clientId = fields.clientId ?? SecretInput.askIfInteractive("OAuth client id: ") else {
                    throw ValidationError("an OAuth account needs --client-id")
                }
                oauth = OAuthSettings(clientId: clientId, redirectURI: try fields.redirect() ?? OAuthSettings.defaultRedirectURI)
            }
            let (source, secret) = try fields.secretSourceAndValue(for: authKind)
            let account = Account(name: name, siteURL: siteURL, authKind: authKind, user: user, secretSource: source, oauth: oauth,
                                  endpoints: try fields.endpoints(over: nil), isDefault: makeDefault)
            try await AccountsCommand.registry().add(account, secret: secret)
            Terminal.line("Added account \(name) (\(authKind)). Check it with 'confluence-tui accounts test \(name)'\(authKind == .oauth3LO ? ", after 'confluence-tui auth login --account \(name)'" : "").")
        }
    }

    /// `accounts remove`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account and its stored secrets.")

        @Argument(help: "The account's name.")
        var name: String

        @Flag(help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            let users = try SourcesCommand.store().list().definitions.filter { $0.account == name }.map(\.name)
            // Definitions keep the name; said so that none is orphaned silently.
            let orphaned = users.isEmpty ? nil
                : "removing \(name) leaves \(Plural.count(users.count, "definition")) without an account (\(users.joined(separator: ", "))); "
                + "a preview then reaches the saved server URL with the secret from $CONFLUENCE_API_TOKEN, until the definition is saved again with --account NAME"
            if !yes {
                guard SecretInput.isInteractive else { throw ValidationError("pass --yes to remove \(name) without a prompt") }
                if let orphaned { Terminal.tell("Note: \(orphaned).\n") }
                guard SecretInput.ask("Remove account \(name) and its stored secrets? [y/N] ")?.lowercased().hasPrefix("y") == true else {
                    Terminal.line("Kept \(name).")
                    return
                }
            }
            let newDefault = try await AccountsCommand.registry().remove(named: name)
            Terminal.line("Removed account \(name)." + (newDefault.map { " \($0) is now the default." } ?? ""))
            if let orphaned { Terminal.warn(orphaned) }
        }
    }

    /// `accounts default`.
    struct Default: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make an account the default.")

        @Argument(help: "The account's name.")
        var name: String

        func run() async throws {
            try await AccountsCommand.registry().setDefault(named: name)
            Terminal.line("\(name) is now the default account.")
        }
    }

    /// `accounts test`.
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sign in as an account and report the user, site kind and APIs that answer.")

        @Argument(help: "The account's name (default: the default account).")
        var name: String?

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let registry = AccountsCommand.registry()
            // An account that is not there is a wrong name (status 2), not a test that failed.
            _ = try registry.list().account(named: name)
            let report = await registry.test(named: name)
            if output.json {
                try Terminal.json(AccountTestSummary(report))
            } else {
                Terminal.line("\(report.account): \(report.sentence)")
                for probe in report.probes {
                    Terminal.line("  \(probe.ok ? "ok    " : "failed") \(probe.api)")
                }
                // The sentence above says the first failure already.
                for failure in report.failures where failure != report.sentence {
                    Terminal.line("  - \(failure)")
                }
            }
            guard report.ok else {
                // The report is the command's output; the failure is said on stderr too, as every error is, unless the
                // report went to the same terminal.
                if output.json || isatty(STDOUT_FILENO) != 1 || isatty(STDERR_FILENO) != 1 {
                    Terminal.printError("\(report.account): \(report.sentence)")
                }
                throw ExitCode(1)
            }
        }
    }
}
