import Accounts
import ConfluenceEmulator
import ConfluenceKit
import Foundation
import LocalStore
import TestSupport
import Testing

/// The emulator standing in for Atlassian's authorization server and API gateway, and a 3LO account
/// named `cloud` pointed at it (client `app` / `app-secret`, loopback redirect on any port).
struct EmulatedAuthorization {
    /// The running emulator.
    let server: EmulatorServer
    /// The account's stores and resolver, over `transport`.
    let resolver: AccountResolver
    /// Forwards to the emulator over loopback HTTP and records every request the client sent.
    let transport: InMemoryTransport

    /// The name of the account.
    static let account = "cloud"

    /// Starts an emulator and writes the account into `directory`; `body` runs with it and the emulator is always stopped.
    /// `reuseLeeway` is how long a spent refresh token still trades (Atlassian's ten minutes unless a test needs none).
    static func with<T>(_ directory: ConfigDirectory, resources: [OAuthResource] = [], accessTokenLifetime: Duration = .seconds(3600),
                        reuseLeeway: Duration = .seconds(600), _ body: (EmulatedAuthorization) async throws -> T) async throws -> T {
        let registration = OAuthClientRegistration(clientId: "app", clientSecret: "app-secret", redirectURIs: ["http://127.0.0.1:0/callback"])
        let server = try await EmulatorServer.start(
            site: ConfluenceEmulator.Site.synthetic(SyntheticOptions(pages: 12, seed: 3, spaces: 2)),
            configuration: EmulatorConfiguration(oauth: OAuthConfiguration(clients: [registration], resources: resources, accessTokenLifetime: accessTokenLifetime,
                                                                 reuseLeeway: reuseLeeway)))
        let network = AsyncHTTPClientTransport()
        let transport = InMemoryTransport(handler: { try await network.send($0) })
        let resolver = AccountResolver(directory: directory, transport: transport, environment: [:])
        var account = Account(
            name: account, siteURL: URL(string: "https://unknown.example.com")!, authKind: .oauth3LO,
            oauth: OAuthSettings(clientId: "app", redirectURI: URL(string: "http://127.0.0.1:0/callback")!),
            endpoints: AtlassianEndpoints(auth: server.baseURL, api: server.baseURL))
        account.needsLogin = true
        do {
            try await resolver.accounts.add(account)
            try await resolver.credentials.setSecret(Secret("app-secret"), forAccount: Self.account)
            let result = try await body(EmulatedAuthorization(server: server, resolver: resolver, transport: transport))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Plays the browser up to the consent: GETs the authorize URL from the emulator without following the
    /// redirect, and returns the `Location` it answered (the callback with code and state).
    func consent(_ request: AuthorizationRequest) async throws -> URL {
        var components = try #require(URLComponents(url: request.url, resolvingAgainstBaseURL: false))
        #expect(components.port == server.port)
        components.scheme = nil
        components.host = nil
        components.port = nil
        let reply = try await RawHTTPClient.get(port: server.port, target: try #require(components.string))
        #expect(reply.code == 302, "the emulator refused the authorize request: \(reply.body)")
        return try #require(reply.header("Location").flatMap(URL.init(string:)))
    }

    /// Plays the browser to the end: consent, then the redirect to the loopback callback, with `state` replaced when given.
    func browse(_ request: AuthorizationRequest, forgingState state: String? = nil) async throws -> RawHTTPClient.Reply {
        var callback = try #require(URLComponents(url: try await consent(request), resolvingAgainstBaseURL: false))
        if let state {
            callback.queryItems = callback.queryItems?.map { $0.name == "state" ? URLQueryItem(name: "state", value: state) : $0 }
        }
        let target = callback.percentEncodedPath + "?" + (callback.percentEncodedQuery ?? "")
        return try await RawHTTPClient.get(port: try #require(callback.port), target: target)
    }

    /// Runs the whole loopback login, the browser answering in the background; returns the outcome and what the browser saw.
    func login(pickSite: @escaping @Sendable ([AccessibleResource]) async throws -> AccessibleResource = { $0[0] }) async throws -> (OAuthLogin.Outcome, RawHTTPClient.Reply?) {
        let browser = BrowserTask()
        let outcome = try await OAuthLogin(resolver: resolver).run(accountName: Self.account, codeSource: .loopback(timeout: .seconds(90)), present: { request in
            await browser.start { try await browse(request) }
        }, pickSite: pickSite)
        return (outcome, try await browser.result())
    }

    /// Token-endpoint requests with `grantType` the emulator received.
    func tokenRequests(_ grantType: String) async -> Int {
        await server.requestLog.tokenRequests(grantType: grantType)
    }

    /// A provider for the account over its stored tokens, refreshing only once a token has expired.
    func provider() async throws -> OAuthAuthProvider {
        let account = try resolver.accounts.account(named: Self.account)
        let store = CredentialsTokenStore(accountName: Self.account, credentials: resolver.credentials, accounts: resolver.accounts)
        return OAuthAuthProvider(accountName: Self.account, client: try await resolver.oauthClient(for: account), store: store, skew: 0)
    }

    /// A Confluence client for the account through the gateway, authorised by `auth`.
    func client(auth: any AuthProvider) throws -> ConfluenceClient {
        let cloudId = try #require(try resolver.accounts.account(named: Self.account).cloudId)
        return ConfluenceClient(site: try ConfluenceKit.Site.cloudGateway(cloudId: cloudId, gateway: server.baseURL), auth: auth, transport: transport)
    }
}

/// The simulated browser, run beside the login (which waits for its callback).
actor BrowserTask {
    private var task: Task<RawHTTPClient.Reply, any Error>?

    /// Starts the browser.
    func start(_ work: @escaping @Sendable () async throws -> RawHTTPClient.Reply) {
        task = Task { try await work() }
    }

    /// What the browser was finally shown; nil when it never started.
    func result() async throws -> RawHTTPClient.Reply? {
        try await task?.value
    }
}
