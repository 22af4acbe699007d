import Accounts
import ConfluenceKit
import DataSources

extension Account {
    /// A data source on this account's site with no selector: the `server_url` LlamaCloud's loader expects (the
    /// site's base, whichever page of it the account was given as), the mechanism its auth kind maps to, its user.
    var sourceTemplate: ConfluenceDataSource {
        ConfluenceDataSource(serverURL: serverURL, authenticationMechanism: authKind == .oauth3LO ? .oauth2 : .basic, userName: user)
    }

    /// The site's base URL as a definition's `server_url` names it: for a scoped API token, which the site refuses and
    /// only the API gateway takes, the site's address on the gateway once its cloudId is known.
    var serverURL: String {
        let site: Site?
        if authKind == .scopedToken, let cloudId {
            site = try? Site.cloudGateway(cloudId: cloudId, gateway: effectiveEndpoints.api)
        } else {
            site = try? (siteKind == .dataCenter ? Site.dataCenter(siteURL) : Site.cloud(siteURL))
        }
        return site.map(ConfluenceDataSource.serverURL(for:)) ?? siteURL.absoluteString
    }
}
