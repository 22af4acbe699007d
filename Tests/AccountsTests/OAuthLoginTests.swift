import Accounts
import AccountsTestSupport
import ConfluenceKit
import Foundation
import LocalStore
import Testing
import TestSupport

@Suite(.removesTemporaryFolders)
struct OAuthLoginTests {
    private let settings = OAuthSettings(clientId: "client-id", redirectURI: URL(string: "http://127.0.0.1:0/callback")!)

    private func session(_ transport: InMemoryTransport = InMemoryTransport(), endpoints: AtlassianEndpoints = .atlassian) -> OAuthSession {
        OAuthSession(settings: settings, client: OAuthClient(clientId: "client-id", clientSecret: Secret("client-secret"), endpoints: endpoints, transport: transport))
    }

    private func query(_ url: URL) -> [String: String] {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theAuthorizeURLCarriesEveryParameterAndAFreshState() throws {
        let endpoints = AtlassianEndpoints(auth: URL(string: "http://127.0.0.1:4000/auth/")!, api: URL(string: "http://127.0.0.1:4000")!)
        let first = session(endpoints: endpoints).authorizationRequest()
        let second = session(endpoints: endpoints).authorizationRequest()
        #expect(first.url.absoluteString.hasPrefix("http://127.0.0.1:4000/auth/authorize?"))
        let fields = query(first.url)
        #expect(fields["audience"] == "api.atlassian.com")
        #expect(fields["client_id"] == "client-id")
        #expect(fields["redirect_uri"] == "http://127.0.0.1:0/callback")
        #expect(fields["response_type"] == "code")
        #expect(fields["prompt"] == "consent")
        #expect(fields["state"] == first.state)
        let scopes = (fields["scope"] ?? "").split(separator: " ").map(String.init)
        #expect(scopes.contains("offline_access"))
        #expect(scopes.contains("read:page:confluence"))
        #expect(scopes.allSatisfy { $0.hasPrefix("read:") || $0 == "search:confluence" || $0 == "offline_access" })
        #expect(first.state.count == 64 && first.state.allSatisfy(\.isHexDigit))
        #expect(first.state != second.state)
        #expect(first.url.absoluteString.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A0%2Fcallback"))
        #expect(AtlassianEndpoints.atlassian.authorizeURL.absoluteString == "https://auth.atlassian.com/authorize")
    }

    @Test func theLoopbackServerDeliversTheCodeAndIgnoresOtherPaths() async throws {
        let server = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        #expect(server.port > 0)
        #expect(server.redirectURI.absoluteString == "http://127.0.0.1:\(server.port)/callback")
        async let code = server.waitForCode(expectedState: "s-123", timeout: .seconds(90))
        let favicon = try await RawHTTPClient.get(port: server.port, target: "/favicon.ico")
        #expect(favicon.status == "HTTP/1.1 404 Not Found")
        let answer = try await RawHTTPClient.get(port: server.port, target: "/callback?code=abc%2F123&state=s-123")
        #expect(answer.status == "HTTP/1.1 200 OK")
        #expect(answer.body.contains("You can close this tab"))
        #expect(try await code == "abc/123")
        await #expect(throws: RawHTTPClient.Failure.self) { try await RawHTTPClient.get(port: server.port, target: "/callback") }
    }

    @Test func aWrongStateIsRefusedAndNothingIsExchanged() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"), resources: [Self.site("one")])
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let resolver = try await Self.resolver(directory, transport: transport)
        let answers = BrowserAnswers()
        let login = OAuthLogin(resolver: resolver)
        let error = await #expect(throws: OAuthError.self) {
            try await login.run(accountName: "cloud", codeSource: .loopback(timeout: .seconds(90)), present: { request in
                let redirect = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "redirect_uri" }?.value ?? ""
                let port = URL(string: redirect)?.port ?? 0
                Task { await answers.record(try? await RawHTTPClient.get(port: port, target: "/callback?code=the-code&state=forged")) }
            }, pickSite: { $0[0] })
        }
        #expect(error?.isStateMismatch == true)
        #expect(error?.description.hasPrefix("the login was refused: the callback's state does not match") == true)
        #expect(await transport.requests.isEmpty)
        let page = try #require(await answers.waitForFirst())
        #expect(page.status == "HTTP/1.1 400 Bad Request")
        #expect(page.body.contains("state mismatch"))
        #expect(try CredentialsFile(directory: directory).entry(forAccount: "cloud").tokens == nil)
    }

    @Test func theFullLoginFlowOverLoopbackStoresTokensAndThePickedSite() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"), resources: [Self.site("one"), Self.site("two")])
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let resolver = try await Self.resolver(directory, transport: transport)
        let answers = BrowserAnswers()
        let offered = SiteOffer()
        let outcome = try await OAuthLogin(resolver: resolver).run(accountName: "cloud", codeSource: .loopback(timeout: .seconds(90)), present: { request in
            // The browser: the authorization server auto-approves and redirects to redirect_uri with the code and state.
            let fields = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let redirect = URL(string: fields.first { $0.name == "redirect_uri" }?.value ?? "")!
            let state = fields.first { $0.name == "state" }?.value ?? ""
            Task { await answers.record(try? await RawHTTPClient.get(port: redirect.port ?? 0, target: redirect.path + "?code=the-code&state=" + state)) }
        }, pickSite: { sites in
            await offered.set(sites.map(\.name))
            return sites[1]
        })
        #expect(await offered.names == ["one", "two"])
        #expect(outcome.site.id == "cloud-two")
        #expect(outcome.account.cloudId == "cloud-two")
        #expect(outcome.account.siteKind == .cloudGateway)
        #expect(outcome.account.siteURL.absoluteString == "https://two.atlassian.net")
        #expect(try resolver.accounts.account(named: "cloud") == outcome.account)
        let tokens = try #require(try resolver.credentials.entry(forAccount: "cloud").tokens)
        #expect(tokens.refreshToken?.reveal() == "refresh-1")
        #expect(try mode(of: resolver.credentials.fileURL) == 0o600)
        #expect(await answers.waitForFirst()?.status == "HTTP/1.1 200 OK")

        let requests = await transport.requests
        let exchange = try #require(requests.first)
        #expect(exchange.method == .post)
        #expect(exchange.url.absoluteString == "http://127.0.0.1:1/auth/oauth/token")
        let body = try JSONSerialization.jsonObject(with: exchange.body ?? Data()) as? [String: String]
        let redirect = try #require(body?["redirect_uri"])
        #expect(redirect.hasPrefix("http://127.0.0.1:") && redirect.hasSuffix("/callback") && redirect != "http://127.0.0.1:0/callback")
        #expect(body == ["grant_type": "authorization_code", "client_id": "client-id", "client_secret": "client-secret", "code": "the-code", "redirect_uri": redirect])
        #expect(requests.count == 2)
        #expect(requests[1].url.absoluteString == "http://127.0.0.1:1/api/oauth/token/accessible-resources")
        #expect(requests[1].headers["Authorization"] == "Bearer access-1")

        // From then on the account talks to the gateway with the stored token.
        let resolved = try await resolver.resolve(named: "cloud")
        #expect(resolved.site.root.absoluteString == "http://127.0.0.1:1/api/ex/confluence/cloud-two")
        #expect(try await resolved.auth.authorization(for: HTTPRequest(url: resolved.site.root)) == "Bearer access-1")
    }

    @Test func aPastedRedirectURLCompletesTheLoginAndAForgedOneDoesNot() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"), resources: [Self.site("one")])
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let resolver = try await Self.resolver(directory, transport: transport)
        let seen = SiteOffer()
        let outcome = try await OAuthLogin(resolver: resolver).run(accountName: "cloud", codeSource: .paste({
            let state = await seen.state
            return "  http://127.0.0.1:8765/callback?code=the-code&state=\(state)\n"
        }), present: { await seen.setState($0.state) }, pickSite: { _ in Issue.record("one site needs no pick"); throw CancellationError() })
        #expect(outcome.account.cloudId == "cloud-one")

        let before = await transport.requests.count
        await #expect(throws: OAuthError.self) {
            try await OAuthLogin(resolver: resolver).run(accountName: "cloud", codeSource: .paste({ "http://127.0.0.1:8765/callback?code=the-code&state=forged" }), present: { _ in }, pickSite: { $0[0] })
        }
        #expect(await transport.requests.count == before)
    }

    @Test func aPasteWinsOverAWaitingLoopbackServerWhichThenStops() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"), resources: [Self.site("one")])
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let resolver = try await Self.resolver(directory, transport: transport)
        let seen = SiteOffer()
        let ports = PortBox()
        let outcome = try await OAuthLogin(resolver: resolver).run(accountName: "cloud", codeSource: .loopbackOrPaste(timeout: .seconds(30), paste: {
            "http://127.0.0.1/callback?code=the-code&state=\(await seen.state)"
        }), present: { request in
            await seen.setState(request.state)
            await ports.set(request.redirectURI.port ?? 0)
        }, pickSite: { $0[0] })
        #expect(outcome.account.cloudId == "cloud-one")
        let port = await ports.port
        var refused = false
        for _ in 0..<200 where !refused {
            refused = (try? await RawHTTPClient.get(port: port, target: "/callback")) == nil
            if !refused { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(refused, "the loopback server still answers after the paste won")
    }

    @Test func aFailedPasteLeavesTheLoopbackWaiting() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"), resources: [Self.site("one")])
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let resolver = try await Self.resolver(directory, transport: transport)
        let outcome = try await OAuthLogin(resolver: resolver).run(accountName: "cloud", codeSource: .loopbackOrPaste(timeout: .seconds(30), paste: {
            throw CancellationError()
        }), present: { request in
            let target = request.redirectURI.path + "?code=the-code&state=" + request.state
            Task {
                try await Task.sleep(for: .milliseconds(100))
                _ = try await RawHTTPClient.get(port: request.redirectURI.port ?? 0, target: target)
            }
        }, pickSite: { $0[0] })
        #expect(outcome.account.cloudId == "cloud-one")
    }

    @Test func aTimedOutOrCancelledWaitIsExplained() async throws {
        let quiet = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        let timeout = await #expect(throws: OAuthError.self) { try await quiet.waitForCode(expectedState: "s", timeout: .milliseconds(200)) }
        #expect(timeout?.description == "no browser came back to the loopback address within 0.2 seconds; paste the redirect URL instead")
        let waiting = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        let task = Task { try await waiting.waitForCode(expectedState: "s", timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        let cancelled = await #expect(throws: OAuthError.self) { try await task.value }
        #expect(cancelled?.description == "the login was cancelled before the browser came back")
    }

    @Test func callbacksWithErrorsOrWithoutCodesAreExplained() throws {
        let denied = #expect(throws: OAuthError.self) {
            try AuthorizationCallback.code(fromPasted: "http://127.0.0.1/callback?error=access_denied&error_description=User%20said%20no&state=s", expectedState: "s")
        }
        #expect(denied?.description == "the authorization server did not grant access (access_denied): User said no")
        let noCode = #expect(throws: OAuthError.self) { try AuthorizationCallback.code(fromPasted: "state=s", expectedState: "s") }
        #expect(noCode?.description == "the redirect did not carry an authorization code: the redirect has a state but no code")
        let noState = #expect(throws: OAuthError.self) { try AuthorizationCallback.code(fromPasted: "?code=c", expectedState: "s") }
        #expect(noState?.isStateMismatch == true)
        let garbage = #expect(throws: OAuthError.self) { try AuthorizationCallback.code(fromPasted: "hello", expectedState: "s") }
        #expect(garbage?.description.contains("paste the whole address") == true)
        #expect(try AuthorizationCallback.code(fromPasted: "code=c%20d&state=s#_=_", expectedState: "s") == "c d")
    }

    @Test func aBusyPortIsExplained() throws {
        let first = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        let error = #expect(throws: OAuthError.self) {
            try LoopbackCallbackServer.start(redirectURI: URL(string: "http://127.0.0.1:\(first.port)/callback")!)
        }
        #expect(error?.description.contains("the port is in use") == true)
        #expect(throws: OAuthError.self) { try LoopbackCallbackServer.start(redirectURI: URL(string: "https://example.com/callback")!) }
    }

    // MARK: - Fixtures

    static func site(_ name: String) -> AccessibleResource {
        AccessibleResource(id: "cloud-\(name)", name: name, url: URL(string: "https://\(name).atlassian.net")!, scopes: ["read:page:confluence"])
    }

    static func resolver(_ directory: ConfigDirectory, transport: InMemoryTransport) async throws -> AccountResolver {
        let resolver = AccountResolver(directory: directory, transport: transport, environment: [:])
        var account = Account(
            name: "cloud",
            siteURL: URL(string: "https://unknown.example.com")!,
            authKind: .oauth3LO,
            oauth: OAuthSettings(clientId: "client-id", redirectURI: URL(string: "http://127.0.0.1:0/callback")!),
            endpoints: AtlassianEndpoints(auth: URL(string: "http://127.0.0.1:1/auth")!, api: URL(string: "http://127.0.0.1:1/api")!)
        )
        account.needsLogin = true
        try await resolver.accounts.add(account)
        try await resolver.credentials.setSecret(Secret("client-secret"), forAccount: "cloud")
        return resolver
    }
}

/// What the simulated browser saw.
actor BrowserAnswers {
    private var answers: [RawHTTPClient.Reply?] = []
    func record(_ answer: RawHTTPClient.Reply?) { answers.append(answer) }

    /// The first answer, waiting up to ten seconds for it.
    func waitForFirst() async -> RawHTTPClient.Reply? {
        for _ in 0..<1000 {
            if let first = answers.first { return first }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }
}

/// The loopback port a login used.
actor PortBox {
    private(set) var port = 0
    func set(_ port: Int) { self.port = port }
}

/// What the login offered and the state it used.
actor SiteOffer {
    private(set) var names: [String] = []
    private(set) var state = ""
    func set(_ names: [String]) { self.names = names }
    func setState(_ state: String) { self.state = state }
}
