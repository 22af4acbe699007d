public import Foundation

/// The steps of an OAuth 2.0 (3LO) login for one app registration: authorize URL, code exchange, site list.
public struct OAuthSession: Sendable {
    /// The audience Atlassian's authorization server expects.
    public static let audience = "api.atlassian.com"

    /// Client id, redirect URI and scopes.
    public let settings: OAuthSettings
    /// Talks to the authorization server.
    public let client: OAuthClient

    /// Creates a session.
    public init(settings: OAuthSettings, client: OAuthClient) {
        self.settings = settings
        self.client = client
    }

    /// A new authorize URL with a fresh random state, for `redirectURI` (default: the configured one).
    public func authorizationRequest(redirectURI: URL? = nil) -> AuthorizationRequest {
        var generator = SystemRandomNumberGenerator()
        return authorizationRequest(redirectURI: redirectURI, state: Self.randomState(using: &generator))
    }

    /// The authorize URL for a given state.
    public func authorizationRequest(redirectURI: URL? = nil, state: String) -> AuthorizationRequest {
        let redirect = redirectURI ?? settings.redirectURI
        let pairs = [
            ("audience", Self.audience),
            ("client_id", settings.clientId),
            ("scope", settings.requestedScopes.joined(separator: " ")),
            ("redirect_uri", redirect.absoluteString),
            ("state", state),
            ("response_type", "code"),
            ("prompt", "consent"),
        ]
        var components = URLComponents(url: client.endpoints.authorizeURL, resolvingAgainstBaseURL: false)!
        components.percentEncodedQuery = pairs.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return AuthorizationRequest(url: components.url!, state: state, redirectURI: redirect)
    }

    /// Exchanges the code received for `request` for tokens.
    public func exchange(code: String, for request: AuthorizationRequest) async throws(OAuthError) -> OAuthTokens {
        try await client.exchange(code: code, redirectURI: request.redirectURI)
    }

    /// The Cloud sites the tokens can reach.
    public func accessibleResources(_ tokens: OAuthTokens) async throws(OAuthError) -> [AccessibleResource] {
        try await client.accessibleResources(accessToken: tokens.accessToken)
    }

    /// 32 random bytes as 64 hex digits.
    public static func randomState<Generator: RandomNumberGenerator>(using generator: inout Generator) -> String {
        (0..<4).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func encode(_ value: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}
