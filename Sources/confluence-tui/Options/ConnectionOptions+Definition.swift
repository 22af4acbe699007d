import Accounts
import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation

extension ConnectionOptions {
    /// These options aimed at a saved definition's site: as given, else its account, else (no account, or one since
    /// removed) its `server_url` and user (the secret from the environment). Refused when the site they reach is not
    /// the definition's, as the preview would count another site's pages.
    func reaching(_ definition: DataSourceDefinition,
                  environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> ConnectionOptions {
        var options = self
        let given = account != nil || site != nil
        if !given {
            if let name = definition.account, try AccountsCommand.registry().list().accounts.contains(where: { $0.name == name }) {
                options.account = name
            } else {
                if let name = definition.account {
                    Terminal.warn("account \(name), which \(definition.name) names, no longer exists; reaching its server URL "
                        + "with the secret from $\(tokenEnv ?? "CONFLUENCE_API_TOKEN") (save it again with --account to bind another)")
                }
                options.site = definition.component.serverURL
                options.user = user ?? definition.component.userName
            }
        }
        let reached = try await options.serverURL(environment: environment)
        let saved = definition.component.serverURL
        guard ConfluenceDataSource.isSameServer(reached, saved) else {
            if !given && options.account == nil && ConfluenceDataSource.isSameServer(reached, saved + "/wiki") {
                throw ValidationError("\(definition.name)'s server_url \(definition.component.shownServerURL) is a Confluence Cloud site, "
                    + "whose API lives under /wiki, as LlamaCloud's loader needs it too; save the definition again with "
                    + "--server-url \(SiteAddress.shown(reached))")
            }
            let advice = given ? "drop --account and --site to use the definition's own"
                : options.account.map { "account \($0) now names another site; save the definition again on it "
                    + "(confluence-tui sources save \(definition.name) --force)" }
                ?? "its server_url now leads there; save the definition again"
            throw ValidationError("\(definition.name) selects pages on \(definition.component.shownServerURL), "
                + "but the connection reaches \(reached); \(advice)")
        }
        return options
    }

    /// The `server_url` of the site these options reach.
    private func serverURL(environment: [String: String]) async throws -> String {
        if let site = try await namedSite(environment: environment) { return ConfluenceDataSource.serverURL(for: site) }
        let stored = try AccountsCommand.registry().list()
        return try (account.map { try stored.account(named: $0) } ?? stored.defaultAccount()).serverURL
    }
}
