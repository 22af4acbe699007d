import Accounts
import ArgumentParser
import BrowserApp
import ConfluenceKit
import DataSources
import Foundation
import LocalStore

/// `confluence-tui [browse]`: the browser on the configured accounts, with the accounts pane able to
/// add, edit, test and remove them, and definitions saved in the configuration folder.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse your configured accounts in the terminal (the default).",
        discussion: "Add an account first with 'confluence-tui accounts add', or try 'confluence-tui demo'."
    )

    @Option(help: "The account to open first (default: the default account).")
    var account: String?

    @Flag(help: "Draw borders without box characters.")
    var ascii = false

    func run() async throws {
        let registry = AccountsCommand.registry()
        let stored = try registry.list()
        guard !stored.accounts.isEmpty else {
            throw ValidationError("no accounts yet: add one with 'confluence-tui accounts add', or try 'confluence-tui demo'")
        }
        let first = try account.map { try stored.account(named: $0) } ?? stored.defaultAccount()
        let client = try await registry.client(named: first.name)
        let manager = RegistryAccountManager(registry: registry)
        let entries = stored.accounts.map { RegistryAccountManager.managed($0).entry }
        let options = BrowserOptions(
            accounts: entries,
            activeAccount: entries.firstIndex { $0.name == first.name } ?? 0,
            connect: { (chosen: BrowserAccount) async throws(BackendError) -> any BrowserBackend in
                do {
                    return ConfluenceBackend(client: try await registry.client(named: chosen.name), displayName: chosen.name)
                } catch {
                    throw BackendError(message: String(describing: error))
                }
            },
            definitionStore: DefinitionStore(configDirectory: .resolve()),
            accountManager: manager
        )
        try await BrowserApp.runInTerminal(backend: ConfluenceBackend(client: client, displayName: first.name), ascii: ascii, options: options)
    }
}
