import Accounts
import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation
import LocalStore

/// `confluence-tui sources`: saved data-source definitions in LlamaCloud's Confluence shape.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Save, list, show, rename, duplicate, delete, export and push data-source definitions; list pushed ones.",
        subcommands: [List.self, Show.self, Save.self, Rename.self, Duplicate.self, Delete.self, Export.self, Push.self, Remote.self],
        defaultSubcommand: List.self
    )

    /// The store in the configuration folder.
    static func store() -> DefinitionStore {
        DefinitionStore(configDirectory: .resolve())
    }

    /// The names of the configured accounts; nil when accounts.json cannot be read (its problem is said where it is used).
    static func accountNames() -> Set<String>? {
        (try? AccountsCommand.registry().list()).map { Set($0.accounts.map(\.name)) }
    }

    /// A definition's account as listed: its name, marked when no configured account has it any more (a preview then
    /// reaches the saved server URL with `$CONFLUENCE_API_TOKEN`).
    static func shown(account: String, among names: Set<String>?) -> String {
        guard let names, !names.contains(account) else { return account }
        return account + " (removed)"
    }

    /// `sources list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List saved definitions with their selector and last preview count.")

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let listing = try SourcesCommand.store().list()
            for problem in listing.problems {
                Terminal.warn("\(problem) (left as it is)")
            }
            for note in listing.nameNotes { Terminal.warn(note) }
            let accounts = SourcesCommand.accountNames()
            if output.json {
                try Terminal.json(listing.definitions.map { DefinitionSummary($0, accounts: accounts) })
                return
            }
            if listing.definitions.isEmpty {
                Terminal.line("No definitions yet: save one with 'confluence-tui sources save NAME --account A --space KEY'.")
            }
            let rows = listing.definitions.map { definition in
                [
                    definition.name, definition.selectorSummary,
                    definition.account.map { SourcesCommand.shown(account: $0, among: accounts) } ?? definition.component.shownServerURL,
                    definition.previewSummary,
                ]
            }
            guard !rows.isEmpty else { return }
            Columns.lines([["name", "selects", "account or site", "last preview"]] + rows).forEach(Terminal.line)
        }
    }

    /// `sources show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one definition: what it selects, where, and its last preview; --json prints it in the file's shape (never with a secret).")

        @Argument(help: "The definition's name.")
        var name: String

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let store = SourcesCommand.store()
            var definition = try store.show(name)
            if output.json {
                definition.component.serverURL = definition.component.shownServerURL
                try Terminal.json(definition)
                return
            }
            Terminal.line("\(definition.name): \(definition.selectorSummary)")
            Terminal.line("  site     \(definition.component.shownServerURL)")
            Terminal.line("  account  \(definition.account.map { SourcesCommand.shown(account: $0, among: SourcesCommand.accountNames()) } ?? "none (the server URL only)")")
            Terminal.line("  preview  \(definition.previewSummary)")
            Terminal.line("  file     \(store.fileURL(for: name).path)")
            // A hand edit that export, push and preview refuse says why here.
            for issue in definition.validationIssues() { Terminal.line("  invalid  \(issue.sentence)") }
            if case .cql(let query) = definition.selector, let problem = CQLQueryCheck.problem(of: query) {
                Terminal.line("  invalid  cql \(problem)")
            }
        }
    }

    /// `sources save`.
    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a definition: an account (or a server URL) and exactly one selector.")

        @Argument(help: "The definition's name: up to \(DefinitionName.maximumLength) letters, digits, '.', '-' and '_', starting with a letter or digit.")
        var name: String

        @OptionGroup var selection: SelectorOptions

        @Option(help: "The account whose site and user the definition uses (default: the default account).")
        var account: String?

        @Option(name: .customLong("server-url"), help: "The server URL to write instead of the account's.")
        var serverURL: String?

        @Option(help: "With --server-url and no account: the user_name for basic authentication (an email on Cloud); without it the token is sent alone, as a Data Center personal access token is.")
        var user: String?

        @Flag(name: .customLong("keep-markdown-format"), help: "Ask the loader to keep Markdown formatting.")
        var keepMarkdownFormat = false

        @Flag(name: .customLong("index-restricted-pages"), help: "Ask the loader to index restricted pages too.")
        var indexRestrictedPages = false

        @Flag(name: .customLong("skip-list-failures"), help: "Ask the loader to skip pages that fail to list.")
        var skipListFailures = false

        @Flag(help: "Replace an existing definition of that name.")
        var force = false

        func validate() throws {
            if let problem = DefinitionName.problem(name) { throw ValidationError(problem) }
            if user != nil, account != nil || serverURL == nil {
                throw ValidationError("--user goes with --server-url alone: an account brings its own user")
            }
            if let problem = user.flatMap(Account.userProblem) { throw ValidationError("--user " + problem) }
        }

        func run() async throws {
            guard let selector = try selection.selector() else {
                guard force, serverURL == nil else {
                    throw ValidationError("choose what to select: --space, --page-ids, --label or --cql (or, to save a definition again "
                        + "through its account's site and user as they are now, keeping what it selects, --force alone)")
                }
                guard let moved = try await saveAgain() else {
                    throw ValidationError("there is no definition \(name) to save again; choose what it selects with --space, --page-ids, --label or --cql")
                }
                Terminal.line("Saved \(name) again on account \(moved.account ?? ""): \(moved.selectorSummary) on \(moved.component.shownServerURL).")
                return
            }
            let serverURL = try serverURL.map { try ConfluenceDataSource.serverURL(typed: $0) }
            let stored = try AccountsCommand.registry().list()
            // A server URL alone binds no account: the default account's user and secret belong to another site.
            let chosen = try account.map { try stored.account(named: $0) }
                ?? (serverURL != nil || stored.accounts.isEmpty ? nil : try stored.defaultAccount())
            if let chosen, let serverURL, !ConfluenceDataSource.isSameServer(serverURL, chosen.serverURL) {
                throw ValidationError("--server-url \(serverURL) is not the site of account \(chosen.name) (\(chosen.serverURL)), "
                    + "whose user and secret the definition would carry there; drop --account to save it bound to no account")
            }
            if let url = serverURL.flatMap(URL.init(string:)) {
                if let warning = SiteAddress.clearTextWarning(for: url) { Terminal.warn(warning) }
                if chosen == nil, user == nil, url.host?.lowercased().hasSuffix(".atlassian.net") == true {
                    Terminal.warn("\(url.absoluteString) is a Confluence Cloud site, which refuses an API token sent without the "
                        + "email it belongs to; give --user EMAIL, or save it on an account")
                }
            }
            if let chosen { Self.warnOfUnknownGateway(chosen) }
            guard var component = chosen?.sourceTemplate
                ?? serverURL.map({ ConfluenceDataSource(serverURL: $0, authenticationMechanism: .basic, userName: user) }) else {
                throw ValidationError("name an --account or a --server-url")
            }
            let server = component.serverURL
            component.select(selector)
            component.loaderOptions = flaggedOptions
            let definition = DataSourceDefinition(name: name, account: chosen?.name, component: component)
            do {
                try await SourcesCommand.store().save(definition, overwrite: force)
            } catch {
                guard error.isExactNameTaken else { throw error }
                throw ValidationError("\(error), or pass --force to replace it")
            }
            Terminal.line("Saved \(name): \(selector) on \(server).")
        }

        /// Warns that a definition saved on `account`, a scoped API token's whose cloudId is not known yet, names the site,
        /// which refuses the token, rather than the site's address on the API gateway.
        private static func warnOfUnknownGateway(_ account: Account) {
            guard account.authKind == .scopedToken, account.cloudId == nil else { return }
            Terminal.warn("account \(account.name) uses a scoped API token, which only the API gateway takes, and its site's cloudId "
                + "is not known yet, so the definition names the site; run 'confluence-tui accounts test \(account.name)', then save "
                + "it again with --force")
        }

        /// Saves the definition again through `--account` (or its own account) as that account now reads its site, keeping what
        /// it selects and its loader options, plus those flagged; nil when there is no definition of that name to keep.
        private func saveAgain() async throws -> DataSourceDefinition? {
            let store = try SourcesCommand.store()
            guard store.contains(name) else { return nil }
            guard let accountName = try account ?? store.show(name).account else {
                throw ValidationError("\(name) is bound to no account: name the --account whose site and user it should read through")
            }
            let chosen = try AccountsCommand.registry().list().account(named: accountName)
            Self.warnOfUnknownGateway(chosen)
            return try await store.move(name, onto: chosen.sourceTemplate, account: chosen.name, setting: flaggedOptions)
        }

        /// The loader options the flags turn on; those not flagged are left unset.
        private var flaggedOptions: [LoaderOption: Bool] {
            let flagged: [(LoaderOption, Bool)] = [(.keepMarkdownFormat, keepMarkdownFormat), (.indexRestrictedPages, indexRestrictedPages),
                                                   (.skipListFailures, skipListFailures)]
            return Dictionary(uniqueKeysWithValues: flagged.filter(\.1).map { ($0.0, true) })
        }
    }

    /// `sources rename`.
    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a definition.")
        @Argument var name: String
        @Argument var newName: String

        func run() async throws {
            try await SourcesCommand.store().rename(name, to: newName)
            Terminal.line("Renamed \(name) to \(newName).")
        }
    }

    /// `sources duplicate`.
    struct Duplicate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy a definition under a new name.")
        @Argument var name: String
        @Argument var newName: String

        func run() async throws {
            let store = SourcesCommand.store()
            // A query the parser refuses is refused here as `sources save` refuses it: no command writes one.
            try CQLQueryCheck.check(try store.show(name))
            try await store.duplicate(name, as: newName)
            Terminal.line("Copied \(name) to \(newName).")
        }
    }

    /// `sources delete`.
    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a definition.")
        @Argument var name: String
        @Flag(help: "Do not ask for confirmation.") var yes = false

        func run() async throws {
            let store = SourcesCommand.store()
            try store.checkExists(name)  // said before any question is asked; a corrupt file can still be deleted
            if !yes {
                guard SecretInput.isInteractive else { throw ValidationError("pass --yes to delete \(name) without a prompt") }
                guard SecretInput.ask("Delete definition \(name)? [y/N] ")?.lowercased().hasPrefix("y") == true else { return }
            }
            try await store.delete(name)
            Terminal.line("Deleted \(name).")
        }
    }

    /// `sources export`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a definition as LlamaCloud JSON, a Python or TypeScript snippet, or a curl call.",
            discussion: "Secrets are not written: scripts read CONFLUENCE_API_TOKEN and LLAMA_CLOUD_API_KEY when they run. --include-secrets embeds the account's secret."
        )

        @Argument(help: "The definition's name.")
        var name: String

        @Option(help: "llamacloud-json, python, typescript or curl.")
        var format: ExportFormat = .llamaCloudJSON

        @Option(name: .customLong("project-id"), help: "The LlamaCloud project id the python, typescript or curl script creates the source in.",
                transform: LlamaCloudOptions.projectID)
        var projectID: String?

        /// The LlamaCloud API base URL the python, typescript or curl script calls.
        @OptionGroup var baseURL: LlamaCloudBaseURL

        @Flag(name: .customLong("include-secrets"), help: "Embed the account's secret in the output.")
        var includeSecrets = false

        @Option(help: "Write to this new file instead of standard output (an existing one is not replaced; owner-only when it holds a secret; - is standard output).")
        var output: String?

        func validate() throws {
            if output?.isEmpty == true { throw ValidationError("--output needs a file name (or - for standard output)") }
            let unused = [("--project-id", projectID != nil), ("--base-url", baseURL.text != nil)].filter(\.1).map(\.0)
            if format == .llamaCloudJSON, !unused.isEmpty {
                let one = unused.count == 1
                throw ValidationError("\(unused.joined(separator: " and ")) \(one ? "is" : "are") for the python, typescript and curl scripts: "
                    + "the llamacloud-json body has no place for \(one ? "it" : "them"); pass one of those formats, or drop \(one ? "it" : "them")")
            }
        }

        func run() async throws {
            let definition = try SourcesCommand.store().show(name)
            // An invalid definition is said before any secret is looked up.
            try definition.validate()
            var options = ExportOptions(includeSecrets: includeSecrets, projectID: projectID)
            if let url = baseURL.url { options.baseURL = url }
            if includeSecrets {
                options.apiToken = try await SourcesCommand.secret(for: definition)
            }
            let text = try DefinitionExporter.export(definition, as: format, options: options)
            if let output, output != "-" {
                try ExportFile.write(text, to: URL(fileURLWithPath: output), holdsSecret: includeSecrets)
                Terminal.line("Wrote \(output).")
            } else {
                Terminal.write(text)
            }
            if includeSecrets {
                Terminal.warn("the output holds the Confluence secret of \(definition.account ?? "the definition"); keep it private")
            }
        }
    }

    /// `sources push`.
    struct Push: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the data source in LlamaCloud (key from LLAMA_CLOUD_API_KEY).",
            discussion: "The site is asked first that the definition's space or listed pages exist and its CQL parses; --force skips the check."
        )

        @Argument(help: "The definition's name.")
        var name: String

        @OptionGroup var llamaCloud: LlamaCloudOptions

        @Flag(help: "Push without first checking the selection against the site.")
        var force = false

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let apiKey = try LlamaCloudOptions.apiKey()
            let definition = try SourcesCommand.store().show(name)
            try definition.validate()
            let token = try await SourcesCommand.secret(for: definition)
            if !force {
                let client = try await ConnectionOptions.parse([]).reaching(definition).makeClient(announcingWaits: true)
                try await SelectionCheck.check(definition, client: client)
            }
            let projectID = llamaCloud.projectID
            let created = try await llamaCloud.client().createDataSource(definition, projectID: projectID, apiKey: apiKey, confluenceToken: token)
            if output.json {
                try Terminal.json(["id": created.id, "name": created.name ?? name, "project_id": created.projectID ?? projectID])
            } else {
                Terminal.line("Created data source \(created.id) (\(created.name ?? name)) in project \(created.projectID ?? projectID).")
            }
        }
    }

    /// `sources remote`.
    struct Remote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the data sources of a LlamaCloud project (key from LLAMA_CLOUD_API_KEY).")

        @OptionGroup var llamaCloud: LlamaCloudOptions

        @OptionGroup var output: OutputOptions

        func run() async throws {
            let listed = try await llamaCloud.client().listDataSources(projectID: llamaCloud.projectID, apiKey: try LlamaCloudOptions.apiKey())
            if output.json {
                try Terminal.json(listed.map { ["id": $0.id, "name": $0.name ?? "", "project_id": $0.projectID ?? llamaCloud.projectID] })
                return
            }
            if listed.isEmpty { Terminal.line("No data sources in project \(llamaCloud.projectID).") }
            for source in listed {
                Terminal.line("\(source.id)  \(source.name ?? "(no name)")")
            }
        }
    }

    /// The Confluence secret a definition's account signs in with: the API token or password, or the current OAuth access
    /// token; for a definition bound to no account, the one in `$CONFLUENCE_API_TOKEN`, which `preview --source` reads too.
    static func secret(for definition: DataSourceDefinition,
                       environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> String {
        guard let name = definition.account else {
            let variable = "CONFLUENCE_API_TOKEN"
            guard let secret = environment[variable], !secret.isEmpty else {
                throw ValidationError("definition \(definition.name) is bound to no account: set \(variable) to the secret to send")
            }
            return try Secret.cleaned(secret, origin: "the secret in \(variable)")
        }
        let resolver = AccountsCommand.registry().resolver
        let resolved: ResolvedAccount
        do {
            resolved = try await resolver.resolve(named: name)
        } catch let error as AccountsError where error.isNotFound {
            throw ValidationError("definition \(definition.name) names account \(name), which no longer exists; "
                + "save it again on another (confluence-tui sources save \(definition.name) --account NAME --force)")
        }
        // An account edited since (or removed and added again) may name another site: its secret is not sent toward the
        // site the definition still names.
        let accountServer = resolved.account.serverURL
        guard ConfluenceDataSource.isSameServer(accountServer, definition.component.serverURL) else {
            throw ValidationError("definition \(definition.name) selects pages on \(definition.component.shownServerURL), but account \(name) "
                + "now names \(SiteAddress.shown(accountServer)), so its secret is not sent there; save the definition again on the account "
                + "(confluence-tui sources save \(definition.name) --force)")
        }
        if let saved = definition.component.userName, let user = resolved.account.user, saved != user {
            Terminal.warn("definition \(definition.name) signs in as \(saved), but account \(name)'s secret is \(user)'s; "
                + "save the definition again on the account so the two go together (confluence-tui sources save \(definition.name) --force)")
        }
        if resolved.account.authKind == .oauth3LO {
            let probe = HTTPRequest(url: URL(string: resolved.site.description)!)
            guard let header = try await resolved.auth.authorization(for: probe), header.hasPrefix("Bearer ") else {
                throw ValidationError("account \(name) has no OAuth access token; run confluence-tui auth login --account \(name)")
            }
            Terminal.warn("account \(name) signs in with OAuth: the access token sent expires within the hour and LlamaCloud "
                + "cannot refresh it, so syncs stop working then; a Cloud API token (basic) does not expire this way")
            return String(header.dropFirst("Bearer ".count))
        }
        return try await resolver.secrets.secret(for: resolved.account).reveal()
    }
}
