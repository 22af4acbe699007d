import Accounts
import ConfluenceKit

/// The configured accounts as the browser's accounts pane shows them, and clients for switching between them.
struct ConfiguredAccounts {
    var names: [String] = []
    var details: [String] = []
    var defaultName: String?

    /// Reads `accounts.json`; an unreadable file gives an empty list (the browser still opens the site it was given).
    static func load() -> ConfiguredAccounts {
        guard let file = try? AccountsCommand.registry().list() else { return ConfiguredAccounts() }
        return ConfiguredAccounts(
            names: file.accounts.map(\.name),
            details: file.accounts.map { "\($0.siteKind) · \($0.siteURL.host ?? $0.siteURL.absoluteString)" },
            defaultName: try? file.defaultAccount().name
        )
    }

    /// A client for a configured account.
    static func client(named name: String) async throws -> ConfluenceClient {
        try await AccountsCommand.registry().client(named: name)
    }
}
