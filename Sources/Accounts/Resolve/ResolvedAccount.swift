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
    /// The account's secret, kept only to hide it (see `redactor`).
    private let secret: Secret?

    /// Creates a resolved account; `secret` is hidden from sentences about it.
    public init(account: Account, site: Site, auth: any AuthProvider, secretShape: SecretShape?, secret: Secret? = nil) {
        self.account = account
        self.site = site
        self.auth = auth
        self.secretShape = secretShape
        self.secret = secret
    }

    /// Hides the account's secret from any sentence about it.
    public var redactor: Redactor {
        Redactor(hiding: [secret?.reveal()], minimumLength: Redactor.credentialMinimumLength)
    }

    /// A client for this account over `transport`.
    public func client(transport: any HTTPTransport, configuration: ClientConfiguration = ClientConfiguration()) -> ConfluenceClient {
        ConfluenceClient(site: site, auth: auth, transport: transport, configuration: configuration)
    }
}
