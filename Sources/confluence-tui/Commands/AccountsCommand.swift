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
        abstract: "List, add, remove, test and choose the default of configured accounts.",
        subcommands: [List.self, Add.self, Remove.self, Default.self, Test.self],
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

        @Option(help: "The site URL (for 3LO, any URL of the site; the cloudId is found at login).")
        var site: String?

        @Option(help: "cloud-basic, scoped-token, dc-pat, dc-password or oauth.")
        var auth: AuthArgument?

        @Option(help: "The email (Cloud) or user name (Data Center).")
        var user: String?

        @Option(name: .customLong("secret-env"), help: "Read the secret from this environment variable each time (nothing is stored).")
        var secretEnv: String?

        @Option(name: .customLong("secret-command"), help: "Run this command (split on spaces, no shell) and use its first line, e.g. 'pass show confluence'.")
        var secretCommand: String?

        @Option(name: .customLong("secret-file"), help: "Store the first line of this file in credentials.json.")
        var secretFile: String?

        @Flag(name: .customLong("secret-stdin"), help: "Store the first line of standard input in credentials.json.")
        var secretStdin = false

        @Option(name: .customLong("client-id"), help: "The OAuth 2.0 (3LO) app's client id.")
        var clientId: String?

        @Option(name: .customLong("redirect-uri"), help: "The 3LO app's loopback redirect URI (default http://127.0.0.1:8765/callback).")
        var redirectURI: String?

        @Option(name: .customLong("auth-url"), help: "The OAuth authorization server when not https://auth.atlassian.com (e.g. a confluence-emulator's base URL).")
        var authURL: String?

        @Option(name: .customLong("gateway-url"), help: "The API gateway when not https://api.atlassian.com (e.g. a confluence-emulator's base URL).")
        var gatewayURL: String?

        @Flag(name: .customLong("default"), help: "Make it the default account.")
        var makeDefault = false

        func run() async throws {
            guard let siteText = site ?? SecretInput.askIfInteractive("Site URL: ") else {
                throw ValidationError("an account needs --site URL")
            }
            let siteURL = try SiteAddress.parse(siteText)
            if let warning = SiteAddress.clearTextWarning(for: siteURL) { Terminal.warn(warning) }
            guard let authKind = auth?.authKind ?? AuthArgument.ask()?.authKind else {
                throw ValidationError("an account needs --auth: \(AuthArgument.allValueStrings.joined(separator: ", "))")
            }
            try refuseFlagsUnused(by: authKind)
            var user = user
            if authKind.needsUser, user == nil {
                user = SecretInput.askIfInteractive(authKind == .dataCenterPassword ? "User name: " : "Email: ")
                guard user != nil else { throw ValidationError("a \(authKind) account needs --user") }
            }
            var oauth: OAuthSettings?
            if authKind == .oauth3LO {
                guard let clientId = clientId ?? SecretInput.askIfInteractive("OAuth client id: ") else {
                    throw ValidationError("an OAuth account needs --client-id")
                }
                let redirect = try redirectURI.map { text in
                    guard let url = URL(string: text) else { throw ValidationError("--redirect-uri is not a URL") }
                    // accounts.json holds no secrets: a password in the address is refused, and not repeated.
                    guard url.user == nil, url.password == nil else {
                        throw ValidationError("--redirect-uri holds a user name or password; a loopback redirect URI has neither")
                    }
                    return url
                }
                oauth = OAuthSettings(clientId: clientId, redirectURI: redirect ?? OAuthSettings.defaultRedirectURI)
            }
            let (source, secret) = try secretSourceAndValue(for: authKind)
            let account = Account(name: name, siteURL: siteURL, authKind: authKind, user: user, secretSource: source, oauth: oauth,
                                  endpoints: try endpoints(), isDefault: makeDefault)
            try await AccountsCommand.registry().add(account, secret: secret)
            Terminal.line("Added account \(name) (\(authKind)). Check it with 'confluence-tui accounts test \(name)'\(authKind == .oauth3LO ? ", after 'confluence-tui auth login --account \(name)'" : "").")
        }

        /// Refuses the flags an account of `kind` would store without ever using them (a client id on an API-token account,
        /// a user on a personal access token), which would read as taken.
        private func refuseFlagsUnused(by kind: AuthKind) throws {
            let oauth = kind == .oauth3LO
            let unused = [("--user", user != nil && !kind.needsUser), ("--client-id", clientId != nil && !oauth),
                          ("--redirect-uri", redirectURI != nil && !oauth), ("--auth-url", authURL != nil && !oauth),
                          ("--gateway-url", gatewayURL != nil && !oauth && kind != .scopedToken)].filter(\.1).map(\.0)
            guard !unused.isEmpty else { return }
            throw ValidationError("a \(kind) account does not use \(EnglishList.join(unused)); drop \(unused.count == 1 ? "it" : "them")")
        }

        /// The authorization server and gateway given, each defaulting to Atlassian's; nil when neither is.
        private func endpoints() throws -> AtlassianEndpoints? {
            guard authURL != nil || gatewayURL != nil else { return nil }
            func parse(_ text: String?, _ flag: String, default fallback: URL) throws -> URL {
                guard let text else { return fallback }
                guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else { throw ValidationError("\(flag) is not an http(s) URL") }
                try SiteAddress.check(url)
                if let warning = SiteAddress.clearTextWarning(for: url) { Terminal.warn("\(flag): " + warning) }
                return url
            }
            return AtlassianEndpoints(auth: try parse(authURL, "--auth-url", default: AtlassianEndpoints.atlassian.auth),
                                      api: try parse(gatewayURL, "--gateway-url", default: AtlassianEndpoints.atlassian.api))
        }

        private func secretSourceAndValue(for kind: AuthKind) throws -> (SecretSource, Secret?) {
            let chosen = [secretEnv != nil, secretCommand != nil, secretFile != nil, secretStdin].filter { $0 }.count
            guard chosen <= 1 else { throw ValidationError("choose one of --secret-env, --secret-command, --secret-file and --secret-stdin") }
            if let secretEnv { return (.environment(secretEnv), nil) }
            if let secretCommand {
                guard let command = SecretSource.command(line: secretCommand) else { throw ValidationError("--secret-command is empty") }
                return (command, nil)
            }
            let keepingSpaces = kind.secretMayHoldSpaces
            if let secretFile { return (.credentialsFile, Secret(try SecretInput.firstLine(ofFile: secretFile, keepingSpaces: keepingSpaces))) }
            if secretStdin { return (.credentialsFile, Secret(try SecretInput.firstLineOfStandardInput(keepingSpaces: keepingSpaces))) }
            guard let typed = try SecretInput.askHiddenSecret(kind.secretName, keepingSpaces: keepingSpaces) else {
                throw ValidationError("no \(kind.secretName) given: use --secret-stdin, --secret-file, --secret-env or --secret-command")
            }
            return (.credentialsFile, typed)
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
