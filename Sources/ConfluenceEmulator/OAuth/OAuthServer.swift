public import Foundation

/// The emulator's OAuth 2.0 (3LO) authorization server: consent (auto-approved), codes, rotating refresh
/// tokens (inactivity and absolute lifetimes, a reuse leeway, family revocation on later reuse), and the access
/// tokens the gateway accepts.
public actor OAuthServer {
    /// The configuration it started with (the lifetime may be changed while running).
    public private(set) var configuration: OAuthConfiguration
    /// The cloudIds the gateway serves and `accessible-resources` lists.
    let resources: [OAuthResource]
    private var pending: [String: PendingAuthorization] = [:]
    private var families: [TokenFamily] = []
    private var refreshTokens: [String: IssuedRefreshToken] = [:]
    private var accessTokens: [String: IssuedAccessToken] = [:]

    /// Lifetime of an authorization code.
    static let codeLifetime: TimeInterval = 600

    /// A server for `configuration`; `cloudId` and `siteName` describe the emulated site when no resources are configured.
    init(configuration: OAuthConfiguration, cloudId: String, siteName: String) {
        self.configuration = configuration
        self.resources = configuration.resources.isEmpty ? [OAuthResource(id: cloudId, name: siteName)] : configuration.resources
    }

    /// Changes how long access tokens issued from now on live.
    public func setAccessTokenLifetime(_ lifetime: Duration) {
        configuration.accessTokenLifetime = lifetime
    }

    /// Checks an authorize request and, approving for the test user, returns the redirect with a fresh code.
    ///
    /// Throws a sentence for the error page when the request cannot be redirected.
    func authorize(_ query: QueryParameters) throws(APIError) -> String {
        guard query["audience"] == "api.atlassian.com" else {
            throw .badRequest("The audience must be api.atlassian.com.")
        }
        guard let clientId = query["client_id"], let client = configuration.clients.first(where: { $0.clientId == clientId }) else {
            throw .badRequest("Invalid client_id: no app is registered with this client id.")
        }
        guard let redirectURI = query["redirect_uri"], client.accepts(redirectURI: redirectURI) else {
            throw .badRequest("The redirect_uri does not match any callback URL registered for this app.")
        }
        guard query["response_type"] == "code" else {
            throw .badRequest("Unsupported response_type: only code is supported.")
        }
        let scopes = (query["scope"] ?? "").split(separator: " ").map(String.init)
        guard !scopes.isEmpty else { throw .badRequest("The scope parameter is missing.") }
        let code = Self.randomToken()
        pending[code] = PendingAuthorization(clientId: clientId, redirectURI: redirectURI, scopes: scopes,
                                             expiresAt: configuration.now().addingTimeInterval(Self.codeLifetime))
        var location = redirectURI + (redirectURI.contains("?") ? "&" : "?") + "code=" + QueryParameters.encode(code)
        if let state = query["state"] { location += "&state=" + QueryParameters.encode(state) }
        return location
    }

    /// Answers `POST /oauth/token` for the decoded body fields.
    func token(_ fields: [String: String]) throws(OAuthRefusal) -> OAuthTokenGrant {
        guard let clientId = fields["client_id"], let client = configuration.clients.first(where: { $0.clientId == clientId }),
              fields["client_secret"] == client.clientSecret else { throw .unauthorizedClient }
        switch fields["grant_type"] {
        case "authorization_code":
            return try exchange(code: fields["code"] ?? "", redirectURI: fields["redirect_uri"] ?? "", clientId: clientId)
        case "refresh_token":
            return try refresh(fields["refresh_token"] ?? "", clientId: clientId)
        case nil:
            throw .invalidRequest("The grant_type parameter is missing.")
        case .some:
            throw OAuthRefusal(status: 400, error: "unsupported_grant_type", description: "Unsupported grant type.")
        }
    }

    /// The user and scopes of a live access token; nil when it is unknown, expired or revoked.
    func holder(ofAccessToken token: String) -> (userName: String, scopes: [String])? {
        guard let issued = accessTokens[token], issued.expiresAt > configuration.now(), !families[issued.family].revoked else { return nil }
        return (configuration.userName, families[issued.family].scopes)
    }

    /// Whether the gateway serves `cloudId`.
    func serves(cloudId: String) -> Bool {
        resources.contains { $0.id == cloudId }
    }

    private func exchange(code: String, redirectURI: String, clientId: String) throws(OAuthRefusal) -> OAuthTokenGrant {
        // A code is spent by its first use, whatever the outcome.
        guard let grant = pending.removeValue(forKey: code), grant.clientId == clientId, grant.redirectURI == redirectURI,
              grant.expiresAt > configuration.now() else { throw .invalidCode }
        families.append(TokenFamily(clientId: clientId, scopes: grant.scopes, createdAt: configuration.now()))
        return issue(family: families.count - 1)
    }

    private func refresh(_ token: String, clientId: String) throws(OAuthRefusal) -> OAuthTokenGrant {
        guard let issued = refreshTokens[token], families[issued.family].clientId == clientId, !families[issued.family].revoked else {
            throw .invalidRefreshToken
        }
        let index = issued.family
        let now = configuration.now()
        guard now < families[index].createdAt.addingTimeInterval(Self.seconds(configuration.refreshTokenAbsoluteLifetime)) else {
            throw .invalidRefreshToken
        }
        if let spentAt = issued.spentAt {
            // A spent refresh token came back. Within the leeway it is a retry and trades again; later, someone
            // holds a copy, so the whole login is revoked.
            guard now <= spentAt.addingTimeInterval(Self.seconds(configuration.reuseLeeway)) else {
                families[index].revoked = true
                families[index].liveRefreshToken = nil
                throw .invalidRefreshToken
            }
        } else if now >= issued.issuedAt.addingTimeInterval(Self.seconds(configuration.refreshTokenInactivity)) {
            throw .invalidRefreshToken
        }
        return issue(family: index)
    }

    /// New access token (and, with `offline_access`, a new refresh token; the one it replaces is spent from now).
    private func issue(family index: Int) -> OAuthTokenGrant {
        let lifetime = max(0, Int(Self.seconds(configuration.accessTokenLifetime)))
        let access = Self.randomToken()
        accessTokens[access] = IssuedAccessToken(family: index, expiresAt: configuration.now().addingTimeInterval(TimeInterval(lifetime)))
        var refresh: String?
        if families[index].scopes.contains("offline_access") {
            let now = configuration.now()
            let token = Self.randomToken()
            if let replaced = families[index].liveRefreshToken { refreshTokens[replaced]?.spentAt = now }
            refreshTokens[token] = IssuedRefreshToken(family: index, issuedAt: now)
            families[index].liveRefreshToken = token
            refresh = token
        }
        return OAuthTokenGrant(accessToken: access, refreshToken: refresh, expiresIn: lifetime, scopes: families[index].scopes)
    }

    /// A lifetime in whole seconds, as the token endpoint counts them.
    private static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration.components.seconds)
    }

    /// 32 random bytes as 64 hex digits.
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
