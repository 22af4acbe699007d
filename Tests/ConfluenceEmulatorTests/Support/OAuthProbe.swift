import Foundation
import Synchronization
import TestSupport
@testable import ConfluenceEmulator

/// Drives the emulator's OAuth endpoints as a browser and an app would, over raw loopback HTTP.
struct OAuthProbe {
    let server: EmulatorServer
    var clientId = "app"
    var clientSecret = "app-secret"
    var redirectURI = "http://127.0.0.1:4321/callback"

    /// The scopes a login asks for unless a test says otherwise: enough to list spaces through v2 and v1.
    static let defaultScope = "read:space:confluence read:space-details:confluence offline_access"

    /// The emulator's test app: `app` / `app-secret`, calling back to `http://127.0.0.1:ANY/callback`.
    static let registration = OAuthClientRegistration(clientId: "app", clientSecret: "app-secret", redirectURIs: ["http://127.0.0.1:0/callback"])

    /// The authorize target (path and query) for these parameters, overridden by `changes`.
    func authorizeTarget(scope: String = OAuthProbe.defaultScope, state: String = "st-1", _ changes: [String: String?] = [:]) -> String {
        var fields: [(String, String?)] = [("audience", "api.atlassian.com"), ("client_id", clientId), ("scope", scope),
                                          ("redirect_uri", redirectURI), ("state", state), ("response_type", "code"), ("prompt", "consent")]
        for index in fields.indices { if let change = changes[fields[index].0] { fields[index].1 = change } }
        return "/authorize?" + fields.compactMap { name, value in value.map { "\(name)=\(QueryParameters.encode($0))" } }.joined(separator: "&")
    }

    /// GETs the authorize URL without following the redirect.
    func authorize(scope: String = OAuthProbe.defaultScope, state: String = "st-1", _ changes: [String: String?] = [:]) async throws -> RawHTTPClient.Reply {
        try await RawHTTPClient.get(port: server.port, target: authorizeTarget(scope: scope, state: state, changes))
    }

    /// A fresh authorization code for the default parameters.
    func code(scope: String = OAuthProbe.defaultScope) async throws -> String {
        let reply = try await authorize(scope: scope)
        let location = try unwrap(reply.header("Location"), "no redirect: \(reply.status) \(reply.body)")
        let items = URLComponents(string: location)?.queryItems ?? []
        return try unwrap(items.first { $0.name == "code" }?.value, "no code in the redirect")
    }

    /// POSTs a JSON body to the token endpoint.
    func token(_ fields: [String: String]) async throws -> RawHTTPClient.Reply {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        return try await RawHTTPClient.send("POST", port: server.port, target: "/oauth/token", headers: ["Content-Type": "application/json"], body: body)
    }

    /// Exchanges a code with this app's credentials.
    func exchange(_ code: String, redirectURI: String? = nil, secret: String? = nil) async throws -> RawHTTPClient.Reply {
        try await token(["grant_type": "authorization_code", "client_id": clientId, "client_secret": secret ?? clientSecret,
                         "code": code, "redirect_uri": redirectURI ?? self.redirectURI])
    }

    /// Trades a refresh token.
    func refresh(_ refreshToken: String) async throws -> RawHTTPClient.Reply {
        try await token(["grant_type": "refresh_token", "client_id": clientId, "client_secret": clientSecret, "refresh_token": refreshToken])
    }

    /// A whole login: a code, exchanged; returns the token response's fields.
    func login(scope: String = OAuthProbe.defaultScope) async throws -> [String: Any] {
        try Self.object(await exchange(code(scope: scope)))
    }

    /// GETs a path with a bearer token.
    func get(_ target: String, bearer: String) async throws -> RawHTTPClient.Reply {
        try await RawHTTPClient.get(port: server.port, target: target, headers: ["Authorization": "Bearer \(bearer)"])
    }

    /// A reply's body as a JSON object.
    static func object(_ reply: RawHTTPClient.Reply) throws -> [String: Any] {
        try unwrap(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any], "not a JSON object: \(reply.status) \(reply.body)")
    }
}

/// Unwraps a value or fails with a sentence (a `#require` usable outside test functions).
func unwrap<T>(_ value: T?, _ message: String) throws -> T {
    guard let value else { throw ProbeError(message) }
    return value
}

/// A clock tests move by hand.
final class ManualClock: Sendable {
    private let instant = Mutex(Date(timeIntervalSince1970: 1_750_000_000))

    /// The current time.
    var now: Date { instant.withLock { $0 } }

    /// Moves the clock forward.
    func advance(by seconds: TimeInterval) { instant.withLock { $0 += seconds } }
}
