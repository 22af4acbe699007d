public import ConfluenceKit
public import Foundation

/// Authorises requests with OAuth 2.0 (3LO) access tokens, refreshing them before expiry and once after a 401.
///
/// - Refreshes are single-flight: however many requests need one at once, one refresh call is made and
///   every request awaits its outcome.
/// - Rotation is durable first: the new tokens are written through the `TokenStore` before the new
///   access token is handed to any request, so a crash after the refresh never loses the only valid
///   refresh token.
/// - A refused refresh token (`invalid_grant`) marks the account as needing login and fails every later
///   request at once, without calling the server again.
public actor OAuthAuthProvider: AuthProvider {
    /// The account the tokens belong to, named in error sentences.
    public nonisolated let accountName: String
    private let client: OAuthClient
    private let store: any TokenStore
    private let skew: TimeInterval
    private let unauthorizedGrace: TimeInterval
    private var tokens: OAuthTokens?
    private var loaded = false
    private var refused = false
    private var lastRefresh: Date?
    private var inFlight: Task<OAuthTokens, any Error>?

    /// Creates a provider.
    ///
    /// - Parameters:
    ///   - skew: how long before expiry a token is refreshed.
    ///   - unauthorizedGrace: a 401 for a token refreshed less than this long ago is reported, not refreshed
    ///     again (the token is fresh, so the server refuses it for another reason, e.g. the site domain).
    public init(accountName: String, client: OAuthClient, store: any TokenStore, skew: TimeInterval = 60, unauthorizedGrace: TimeInterval = 30) {
        self.accountName = accountName
        self.client = client
        self.store = store
        self.skew = skew
        self.unauthorizedGrace = unauthorizedGrace
    }

    /// "OAuth access token for ACCOUNT", for the sentence of a 401.
    public nonisolated var identity: CredentialIdentity {
        CredentialIdentity(kindName: "OAuth access token", user: accountName)
    }

    /// The bearer header, refreshing first (single-flight) when the token expires within the skew.
    public func authorization(for request: HTTPRequest) async throws -> String? {
        let current = try await currentTokens()
        guard current.needsRefresh(at: client.now(), skew: skew) else { return Self.header(current) }
        return Self.header(try await refreshed(replacing: current))
    }

    /// After a 401: true when the header has changed since (or after one refresh); false for a token refreshed moments ago.
    public func refreshAfterUnauthorized(rejected: String?) async throws -> Bool {
        let current = try await currentTokens()
        if let rejected, rejected != Self.header(current) { return true }
        if inFlight == nil, let lastRefresh, client.now().timeIntervalSince(lastRefresh) < unauthorizedGrace { return false }
        _ = try await refreshed(replacing: current)
        return true
    }

    /// The tokens in memory, loaded from the store on first use.
    private func currentTokens() async throws -> OAuthTokens {
        if refused { throw OAuthError(.refreshRefused(account: accountName)) }
        if !loaded {
            let stored = try await store.loadTokens()
            if !loaded {
                tokens = stored
                loaded = true
            }
        }
        guard let tokens else { throw OAuthError(.needsLogin(account: accountName)) }
        return tokens
    }

    /// New tokens replacing `old`: the outcome of the refresh in flight, a newer set already in memory, or a new refresh.
    private func refreshed(replacing old: OAuthTokens) async throws -> OAuthTokens {
        if let inFlight { return try await inFlight.value }
        if let tokens, tokens.accessToken != old.accessToken, !tokens.needsRefresh(at: client.now(), skew: skew) { return tokens }
        let task = Task { try await self.performRefresh(using: old) }
        inFlight = task
        defer { inFlight = nil }
        return try await task.value
    }

    /// One refresh: rotate (under the store's lock, saved durably), then, only then, adopt the new tokens.
    private func performRefresh(using old: OAuthTokens) async throws -> OAuthTokens {
        let fresh: OAuthTokens
        do {
            fresh = try await Self.rotate(old, accountName: accountName, client: client, store: store, skew: skew)
        } catch let error as OAuthError {
            if error.isInvalidGrant {
                refused = true
                tokens = nil
                try? await store.markNeedsLogin()
                throw OAuthError(.refreshRefused(account: accountName))
            }
            if error.needsLogin {
                tokens = nil
                loaded = false
            }
            throw error
        }
        tokens = fresh
        lastRefresh = client.now()
        return fresh
    }

    /// Reads the stored tokens (another process may have rotated them already), refreshes when still
    /// needed, and saves the result durably before returning it.
    private static func rotate(_ old: OAuthTokens, accountName: String, client: OAuthClient, store: any TokenStore, skew: TimeInterval) async throws -> OAuthTokens {
        try await store.withRotationLock {
            var current = old
            if let stored = try await store.loadTokens(), stored.refreshToken != nil, stored.refreshToken != old.refreshToken {
                if !stored.needsRefresh(at: client.now(), skew: skew) { return stored }
                current = stored
            }
            guard let refreshToken = current.refreshToken else { throw OAuthError(.needsLogin(account: accountName)) }
            let fresh = try await client.refresh(refreshToken)
            do {
                try await store.saveTokens(fresh)
            } catch {
                throw OAuthError(.tokensNotSaved(account: accountName, detail: "\(error)"))
            }
            return fresh
        }
    }

    private static func header(_ tokens: OAuthTokens) -> String {
        Credential.bearer(token: tokens.accessToken, kind: .oauthAccessToken).authorizationHeader
    }
}
