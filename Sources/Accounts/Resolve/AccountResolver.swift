public import ConfluenceKit
public import Foundation
public import LocalStore
import Synchronization

/// Turns an account into a site and an `AuthProvider`, looking up its secret and, for gateway accounts,
/// discovering and storing its cloudId.
///
/// One resolver keeps one OAuth provider per account, so every client of the process shares its
/// single-flight refresh; use one resolver per process.
public final class AccountResolver: Sendable {
    /// Where accounts are stored (cloudIds and needs-login marks are written back).
    public let accounts: AccountStore
    /// Where secrets and OAuth tokens are stored.
    public let credentials: CredentialsFile
    /// Finds secrets in their sources.
    public let secrets: SecretResolver
    /// Sends tenant-info and token requests.
    public let transport: any HTTPTransport
    private let now: @Sendable () -> Date
    private let providers = Mutex<[String: OAuthAuthProvider]>([:])

    /// Creates a resolver over explicit stores.
    public init(accounts: AccountStore, credentials: CredentialsFile, secrets: SecretResolver, transport: any HTTPTransport, now: @escaping @Sendable () -> Date = Date.init) {
        self.accounts = accounts
        self.credentials = credentials
        self.secrets = secrets
        self.transport = transport
        self.now = now
    }

    /// Creates a resolver over the files of a configuration folder.
    public convenience init(directory: ConfigDirectory, transport: any HTTPTransport, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let credentials = CredentialsFile(directory: directory)
        self.init(
            accounts: AccountStore(directory: directory),
            credentials: credentials,
            secrets: SecretResolver(credentials: credentials, environment: environment),
            transport: transport
        )
    }

    /// Resolves the named account, or the default one when `name` is nil.
    public func resolve(named name: String?) async throws -> ResolvedAccount {
        try await resolve(accounts.account(named: name))
    }

    /// Resolves an account: its site (discovering the cloudId when needed) and its auth provider.
    public func resolve(_ account: Account) async throws -> ResolvedAccount {
        if let problem = account.validationProblem { throw AccountsError(.invalid(problem)) }
        var account = account
        if account.authKind == .oauth3LO {
            if account.needsLogin {
                throw AccountsError(.needsLogin(account: account.name, why: "needs to log in again (its refresh token was refused)"))
            }
            guard account.cloudId != nil else {
                throw AccountsError(.needsLogin(account: account.name, why: "has not logged in yet, so its site's cloudId is unknown"))
            }
        }
        if account.siteKind == .cloudGateway, account.cloudId == nil {
            let cloudId = try await CloudIdDiscovery(transport: transport).cloudId(of: account.siteURL)
            account = try await accounts.modify(named: account.name) { $0.cloudId = cloudId }
        }
        let site = try Self.site(of: account)
        let secret = try await secrets.secret(for: account)
        switch account.authKind {
        case .cloudBasic, .scopedToken:
            return ResolvedAccount(account: account, site: site, auth: StaticAuthProvider(.basic(user: account.user ?? "", secret: secret, kind: .apiToken)), secretShape: SecretShape(secret), secret: secret)
        case .dataCenterPassword:
            return ResolvedAccount(account: account, site: site, auth: StaticAuthProvider(.basic(user: account.user ?? "", secret: secret, kind: .password)), secretShape: SecretShape(secret), secret: secret)
        case .dataCenterPAT:
            return ResolvedAccount(account: account, site: site, auth: StaticAuthProvider(.bearer(token: secret, kind: .personalAccessToken)), secretShape: SecretShape(secret), secret: secret)
        case .oauth3LO:
            return ResolvedAccount(account: account, site: site, auth: oauthProvider(for: account, clientSecret: secret), secretShape: nil, secret: secret)
        }
    }

    /// The OAuth client of a 3LO account, with its client secret looked up.
    public func oauthClient(for account: Account) async throws -> OAuthClient {
        guard account.authKind == .oauth3LO, let oauth = account.oauth else { throw OAuthError(.notOAuth(account: account.name)) }
        let secret = try await secrets.secret(for: account)
        return OAuthClient(clientId: oauth.clientId, clientSecret: secret, endpoints: account.effectiveEndpoints, transport: transport, now: now)
    }

    /// Forgets the cached OAuth provider of an account (after a new login).
    public func forgetProvider(forAccount name: String) {
        _ = providers.withLock { $0.removeValue(forKey: name) }
    }

    /// The site an account talks to.
    static func site(of account: Account) throws(AccountsError) -> Site {
        do {
            switch account.siteKind {
            case .cloud:
                return try Site.cloud(account.siteURL)
            case .cloudGateway:
                return try Site.cloudGateway(cloudId: account.cloudId ?? "", gateway: account.effectiveEndpoints.api)
            case .dataCenter:
                return try Site.dataCenter(account.siteURL)
            }
        } catch {
            throw AccountsError(.invalid(AccountProblem(.site, "account \(account.name): \(error)")))
        }
    }

    private func oauthProvider(for account: Account, clientSecret: Secret) -> OAuthAuthProvider {
        providers.withLock { cache in
            if let existing = cache[account.name] { return existing }
            let client = OAuthClient(clientId: account.oauth?.clientId ?? "", clientSecret: clientSecret, endpoints: account.effectiveEndpoints, transport: transport, now: now)
            let store = CredentialsTokenStore(accountName: account.name, credentials: credentials, accounts: accounts)
            let provider = OAuthAuthProvider(accountName: account.name, client: client, store: store)
            cache[account.name] = provider
            return provider
        }
    }
}
