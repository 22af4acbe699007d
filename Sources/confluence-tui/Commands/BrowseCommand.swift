import Accounts
import ArgumentParser
import BrowserApp
import ConfluenceKit
import DataSources
import Foundation
import LocalStore
import TerminalKit

/// `confluence-tui [browse]`: the browser on a configured account or a site given by flags, with the accounts
/// pane able to add, edit, test, remove and switch accounts, and definitions saved in the configuration folder.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse a site in the terminal (the default when no subcommand is given).",
        discussion: "Without --account or --site, the default account opens. Add one with 'confluence-tui accounts add', or try 'confluence-tui demo'."
    )

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Draw borders without box characters.")
    var ascii = false

    /// Taken only to refuse it with the commands that have it, where the parser would suggest `--user`.
    @Flag(help: .hidden)
    var json = false

    func validate() throws {
        guard !json else {
            throw ValidationError("the browser is interactive and has no --json; the headless subcommands take it, such as 'confluence-tui spaces --json' (all of them in 'confluence-tui --help')")
        }
    }

    func run() async throws {
        try NCursesScreen.requireTerminal()
        let registry = AccountsCommand.registry()
        let stored = try registry.list()
        var entries = stored.accounts.map { RegistryAccountManager.managed($0).entry }
        let opened = connection.account ?? (Self.namesSite(connection) ? nil : try? stored.defaultAccount().name)
        var active = opened.flatMap { name in entries.firstIndex { $0.name == name } } ?? 0
        let backend: any BrowserBackend
        // The browser's status line shows the site's waits, so nothing else may write to the terminal.
        if let opened, entries.contains(where: { $0.name == opened }) {
            do {
                let client = try await connection.makeClient(announcingWaits: false)
                backend = ConfluenceBackend(client: client, displayName: opened, diagnose: Self.diagnosis(of: opened, in: registry))
            } catch {
                // A saved account that cannot be used still opens the browser, whose accounts pane can fix it.
                backend = UnreachableBackend(displayName: opened, error: BackendError(error))
            }
        } else {
            let client = try await connection.makeClient(announcingWaits: false)
            if opened == nil {
                entries.insert(BrowserAccount(name: client.site.description, detail: "from --site / CONFLUENCE_URL"), at: 0)
                active = 0
            }
            backend = ConfluenceBackend(client: client, displayName: opened ?? client.site.description,
                                        diagnose: opened.map { Self.diagnosis(of: $0, in: registry) })
        }
        let options = BrowserOptions(
            accounts: entries,
            activeAccount: active,
            connect: { (chosen: BrowserAccount) async throws(BackendError) -> any BrowserBackend in
                do {
                    return ConfluenceBackend(client: try await registry.client(named: chosen.name), displayName: chosen.name,
                                             diagnose: Self.diagnosis(of: chosen.name, in: registry))
                } catch {
                    throw BackendError(message: String(describing: error))
                }
            },
            definitionStore: DefinitionStore(configDirectory: .resolve()),
            accountManager: RegistryAccountManager(registry: registry)
        )
        try await BrowserApp.runInTerminal(backend: backend, ascii: ascii, options: options)
    }

    /// What `accounts test` says to fix when the site refuses the credential of account `name`.
    private static func diagnosis(of name: String, in registry: AccountRegistry) -> @Sendable (ConfluenceError) async -> String? {
        { error in
            guard let resolved = try? await registry.resolver.resolve(named: name) else { return nil }
            return AccountDiagnosis.sentence(for: .error(error), account: resolved.account, secretShape: resolved.secretShape)
        }
    }

    /// Whether the site comes from flags or the environment rather than an account.
    private static func namesSite(_ connection: ConnectionOptions) -> Bool {
        connection.site != nil || !(ProcessInfo.processInfo.environment["CONFLUENCE_URL"] ?? "").isEmpty
    }
}
