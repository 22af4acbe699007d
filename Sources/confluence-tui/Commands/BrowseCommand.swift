import ArgumentParser
import BrowserApp
import ConfluenceKit
import Foundation

/// `confluence-tui` with no subcommand: the terminal browser on a configured account or site.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse a site in the terminal (the default when no subcommand is given).",
        discussion: "Without --account or --site, the default account is opened; the accounts pane lists every configured account."
    )

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Draw borders without box characters.")
    var ascii = false

    func run() async throws {
        let client = try await connection.makeClient()
        let directory = ConfiguredAccounts.load()
        let active = directory.names.firstIndex(of: connection.account ?? directory.defaultName ?? "") ?? 0
        let accounts = directory.names.isEmpty
            ? [Account(name: client.site.description, detail: client.site.kind.rawValue)]
            : zip(directory.names, directory.details).map { Account(name: $0, detail: $1) }
        let options = BrowserOptions(
            accounts: accounts,
            activeAccount: directory.names.isEmpty ? 0 : active,
            connect: directory.names.isEmpty ? nil : Self.connect
        )
        try await BrowserApp.runInTerminal(backend: ConfluenceBackend(client: client), ascii: ascii, options: options)
    }

    /// Opens another configured account from the accounts pane.
    @Sendable static func connect(_ account: Account) async throws(BackendError) -> any BrowserBackend {
        do {
            return ConfluenceBackend(client: try await ConfiguredAccounts.client(named: account.name), displayName: account.name)
        } catch {
            throw BackendError(error)
        }
    }
}
