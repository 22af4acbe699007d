public import ConfluenceKit
public import Foundation

/// Talks to the authorization server for one app registration: code exchange, refresh, accessible resources.
///
/// Bodies are JSON as Atlassian documents them; no token, code or client secret ever reaches an error.
public struct OAuthClient: Sendable {
    /// The app's client id.
    public let clientId: String
    /// The app's client secret.
    public let clientSecret: Secret
    /// Authorization server and gateway.
    public let endpoints: AtlassianEndpoints
    /// How requests are sent.
    public let transport: any HTTPTransport
    /// The time source that turns `expires_in` into an expiry date.
    public let now: @Sendable () -> Date

    /// Creates a client.
    public init(clientId: String, clientSecret: Secret, endpoints: AtlassianEndpoints = .atlassian, transport: any HTTPTransport, now: @escaping @Sendable () -> Date = Date.init) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.endpoints = endpoints
        self.transport = transport
        self.now = now
    }

    /// Exchanges an authorization code for tokens (`grant_type=authorization_code`).
    public func exchange(code: String, redirectURI: URL) async throws(OAuthError) -> OAuthTokens {
        try await tokenRequest([
            "grant_type": "authorization_code",
            "client_id": clientId,
            "client_secret": clientSecret.reveal(),
            "code": code,
            "redirect_uri": redirectURI.absoluteString,
        ], hiding: [code])
    }

    /// Trades a refresh token for new tokens (`grant_type=refresh_token`); the old refresh token dies.
    ///
    /// When the server returns no new refresh token, the old one is kept.
    public func refresh(_ refreshToken: Secret) async throws(OAuthError) -> OAuthTokens {
        var tokens = try await tokenRequest([
            "grant_type": "refresh_token",
            "client_id": clientId,
            "client_secret": clientSecret.reveal(),
            "refresh_token": refreshToken.reveal(),
        ], hiding: [refreshToken.reveal()])
        if tokens.refreshToken == nil { tokens.refreshToken = refreshToken }
        return tokens
    }

    /// The sites the access token can reach.
    public func accessibleResources(accessToken: Secret) async throws(OAuthError) -> [AccessibleResource] {
        let request = HTTPRequest(
            method: .get,
            url: endpoints.accessibleResourcesURL,
            headers: ["Authorization": "Bearer " + accessToken.reveal(), "Accept": "application/json"]
        )
        let response = try await send(request)
        guard response.isSuccess else {
            throw OAuthError(.accessibleResources("the gateway answered status \(response.status)"))
        }
        do {
            return try JSONDecoder().decode([AccessibleResource].self, from: response.body)
        } catch {
            throw OAuthError(.accessibleResources("the answer is not a list of sites with id and url"))
        }
    }

    private func tokenRequest(_ fields: [String: String], hiding extra: [String]) async throws(OAuthError) -> OAuthTokens {
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        } catch {
            preconditionFailure("a dictionary of strings always serialises")
        }
        let request = HTTPRequest(
            method: .post,
            url: endpoints.tokenURL,
            headers: ["Content-Type": "application/json", "Accept": "application/json"],
            body: body
        )
        let response = try await send(request)
        guard response.isSuccess else {
            let problem = try? JSONDecoder().decode(TokenErrorBody.self, from: response.body)
            let hidden = Redactor(hiding: extra + [clientSecret.reveal()], minimumLength: Redactor.credentialMinimumLength)
            throw OAuthError(.tokenEndpoint(
                status: response.status,
                code: problem?.error.map { hidden.summary($0, limit: 300) },
                detail: problem?.errorDescription.map { hidden.summary($0, limit: 300) }
            ))
        }
        let wire: TokenResponseBody
        do {
            wire = try JSONDecoder().decode(TokenResponseBody.self, from: response.body)
        } catch {
            throw OAuthError(.tokenResponse("it lacks access_token, or expires_in is not a number"))
        }
        guard !wire.accessToken.isEmpty else { throw OAuthError(.tokenResponse("the access token is empty")) }
        return OAuthTokens(
            accessToken: Secret(wire.accessToken),
            refreshToken: wire.refreshToken.flatMap { $0.isEmpty ? nil : Secret($0) },
            expiresAt: now().addingTimeInterval(TimeInterval(max(0, wire.expiresIn ?? 3600))),
            scope: wire.scope
        )
    }

    private func send(_ request: HTTPRequest) async throws(OAuthError) -> HTTPResponse {
        // The server's whole address: a host of several ports is told apart.
        let target = "\(request.method) \(request.url.onSameServer(path: request.url.path)?.absoluteString ?? request.url.path)"
        do {
            return try await transport.send(request)
        } catch let error as TransportError {
            throw OAuthError(.transport("\(error) (\(target))"))
        } catch {
            throw OAuthError(.transport("\(type(of: error)) (\(target))"))
        }
    }
}
