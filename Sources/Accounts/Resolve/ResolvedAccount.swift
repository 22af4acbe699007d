public import ConfluenceKit

/// An account made ready to use: the site to talk to and the provider that authorises requests.
public struct ResolvedAccount: Sendable {
    /// The account as stored (with a newly discovered cloudId, if any).
    public let account: Account
    /// The Confluence site, through the gateway for scoped tokens and 3LO.
    public let site: Site
    /// Supplies the `Authorization` header.
    public let auth: any AuthProvider
    /// What the secret looks like, for diagnosis (nil for 3LO).
    public let secretShape: SecretShape?

    /// Creates a resolved account.
    public init(account: Account, site: Site, auth: any AuthProvider, secretShape: SecretShape?) {
        self.account = account
        self.site = site
        self.auth = auth
        self.secretShape = secretShape
    }

    /// A client for this account over `transport`.
    public func client(transport: any HTTPTransport, configuration: ClientConfiguration = ClientConfiguration()) -> ConfluenceClient {
        ConfluenceClient(site: site, auth: auth, transport: transport, configuration: configuration)
    }
}
