import Accounts
import ConfluenceKit
import DataSources

extension Account {
    /// A data source on this account's site with no selector: the `server_url` LlamaCloud's loader expects (the
    /// site's base, whichever page of it the account was given as), the mechanism its auth kind maps to, its user.
    var sourceTemplate: ConfluenceDataSource {
        ConfluenceDataSource(serverURL: serverURL, authenticationMechanism: authKind == .oauth3LO ? .oauth2 : .basic, userName: user)
    }

    /// The site's base URL as a definition's `server_url` names it.
    var serverURL: String {
        let site = try? (siteKind == .dataCenter ? Site.dataCenter(siteURL) : Site.cloud(siteURL))
        return site.map(ConfluenceDataSource.serverURL(for:)) ?? siteURL.absoluteString
    }
}
