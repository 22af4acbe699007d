import Accounts
import ConfluenceEmulator
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
        // The server has stopped: the port refuses, unless a test running beside this one was given it since, whose
        // answer is not this server's.
        let after = try? await RawHTTPClient.get(port: server.port, target: "/callback")
        #expect(after.map { !$0.body.contains("You can close this tab") } ?? true, "the callback is answered once")
    }

    @Test func aWrongStateIsRefusedAndNothingIsExchanged() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            let browser = BrowserTask()
            let error = await #expect(throws: OAuthError.self) {
                try await OAuthLogin(resolver: emulated.resolver).run(accountName: EmulatedAuthorization.account, codeSource: .loopback(timeout: .seconds(90)), present: { request in
                    await browser.start { try await emulated.browse(request, forgingState: "forged") }
                }, pickSite: { $0[0] })
            }
            #expect(error?.isStateMismatch == true)
            #expect(error?.description.hasPrefix("the login was refused: the callback's state does not match") == true)
            let page = try #require(try await browser.result())
            #expect(page.status == "HTTP/1.1 400 Bad Request")
            #expect(page.body.contains("state mismatch"))
            #expect(await emulated.transport.requests.isEmpty)
            #expect(await emulated.server.requestLog.records.filter { $0.path == "/oauth/token" }.isEmpty)
            #expect(try emulated.resolver.credentials.entry(forAccount: EmulatedAuthorization.account).tokens == nil)
        }
    }

    @Test func theFullLoginFlowOverLoopbackStoresTokensAndThePickedSiteAndReachesTheGateway() async throws {
        let sites = [OAuthResource(id: "1111-one", name: "one", url: "https://one.example.net"), OAuthResource(id: "2222-two", name: "two", url: "https://two.example.net")]
        try await EmulatedAuthorization.with(try temporaryConfig(), resources: sites) { emulated in
            let offered = SiteOffer()
            let (outcome, page) = try await emulated.login(pickSite: { sites in
                await offered.set(sites.map(\.name))
                return sites[1]
            })
            #expect(page?.status == "HTTP/1.1 200 OK")
            #expect(await offered.names == ["one", "two"])
            #expect(outcome.site.id == "2222-two")
            #expect(outcome.account.cloudId == "2222-two")
            #expect(outcome.account.siteKind == .cloudGateway)
            #expect(outcome.account.needsLogin == false)
            #expect(outcome.account.siteURL.absoluteString == "https://two.example.net")
            let resolver = emulated.resolver
            #expect(try resolver.accounts.account(named: "cloud") == outcome.account)
            let tokens = try #require(try resolver.credentials.entry(forAccount: "cloud").tokens)
            #expect(tokens.refreshToken != nil)
            #expect(try mode(of: resolver.credentials.fileURL) == 0o600)

            let requests = await emulated.transport.requests
            #expect(requests.count == 2)
            let exchange = try #require(requests.first)
            #expect(exchange.method == .post)
            #expect(exchange.url.absoluteString == emulated.server.baseURL.absoluteString + "/oauth/token")
            #expect(exchange.headers["Content-Type"] == "application/json")
            let body = try JSONSerialization.jsonObject(with: exchange.body ?? Data()) as? [String: String]
            let redirect = try #require(body?["redirect_uri"])
            #expect(redirect.hasPrefix("http://127.0.0.1:") && redirect.hasSuffix("/callback") && redirect != "http://127.0.0.1:0/callback")
            #expect(Set(body?.keys ?? [:].keys) == ["grant_type", "client_id", "client_secret", "code", "redirect_uri"])
            #expect(body?["grant_type"] == "authorization_code" && body?["client_id"] == "app" && body?["client_secret"] == "app-secret")
            #expect(requests[1].url.absoluteString == emulated.server.baseURL.absoluteString + "/oauth/token/accessible-resources")
            #expect(requests[1].headers["Authorization"] == "Bearer " + tokens.accessToken.reveal())
            #expect(await emulated.tokenRequests("authorization_code") == 1)

            // From then on the account talks to the gateway with the stored token.
            let resolved = try await resolver.resolve(named: "cloud")
            #expect(resolved.site.root.absoluteString == emulated.server.baseURL.absoluteString + "/ex/confluence/2222-two")
            let client = resolved.client(transport: emulated.transport)
            #expect(try await client.currentUser().isAnonymous == false)
            #expect(try await client.spaces().collect(limit: 5).isEmpty == false)
            let apiCalls = await emulated.server.requestLog.records.filter { $0.path.hasPrefix("/ex/confluence/2222-two/wiki/") }
            #expect(apiCalls.count >= 2 && apiCalls.allSatisfy { $0.status == 200 && $0.authKind == .bearer })
            #expect(await emulated.tokenRequests("refresh_token") == 0)
        }
    }

    @Test func aPastedRedirectURLCompletesTheLoginAndAForgedOneDoesNot() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            let seen = RequestBox()
            let outcome = try await OAuthLogin(resolver: emulated.resolver).run(accountName: "cloud", codeSource: .paste({
                "  " + (try await emulated.consent(try await seen.request)).absoluteString + "\n"
            }), present: { await seen.set($0) }, pickSite: { _ in Issue.record("one site needs no pick"); throw CancellationError() })
            #expect(outcome.account.cloudId == emulated.server.configuration.cloudId)

            let before = await emulated.transport.requests.count
            await #expect(throws: OAuthError.self) {
                try await OAuthLogin(resolver: emulated.resolver).run(accountName: "cloud", codeSource: .paste({
                    let callback = try await emulated.consent(try await seen.request)
                    return callback.absoluteString.replacingOccurrences(of: "state=", with: "state=forged")
                }), present: { await seen.set($0) }, pickSite: { $0[0] })
            }
            #expect(await emulated.transport.requests.count == before)
            #expect(await emulated.tokenRequests("authorization_code") == 1)
        }
    }

    @Test func aPasteWinsOverAWaitingLoopbackServerWhichThenStops() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            let seen = RequestBox()
            let outcome = try await OAuthLogin(resolver: emulated.resolver).run(accountName: "cloud", codeSource: .loopbackOrPaste(timeout: .seconds(30), paste: { _ in
                try await emulated.consent(try await seen.request).absoluteString
            }), present: { await seen.set($0) }, pickSite: { $0[0] })
            #expect(outcome.account.cloudId == emulated.server.configuration.cloudId)
            let port = try #require(try await seen.request.redirectURI.port)
            var refused = false
            for _ in 0..<200 where !refused {
                refused = (try? await RawHTTPClient.get(port: port, target: "/callback")) == nil
                if !refused { try await Task.sleep(for: .milliseconds(10)) }
            }
            #expect(refused, "the loopback server still answers after the paste won")
        }
    }

    /// A paste of the wrong address is refused at once, with why, and asked for again; the next one signs in.
    @Test func aRefusedPasteIsAskedForAgainWithItsReason() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            let seen = RequestBox()
            let refusals = RefusalLog()
            let outcome = try await OAuthLogin(resolver: emulated.resolver).run(accountName: "cloud", codeSource: .loopbackOrPaste(timeout: .seconds(30), paste: { refusal in
                await refusals.add(refusal)
                let callback = try await emulated.consent(try await seen.request)
                guard refusal == nil else { return callback.absoluteString }
                return callback.absoluteString.replacingOccurrences(of: "state=", with: "state=wrong")
            }), present: { await seen.set($0) }, pickSite: { $0[0] })
            #expect(outcome.account.cloudId == emulated.server.configuration.cloudId)
            let log = await refusals.entries
            #expect(log.count == 2 && log[0] == nil)
            #expect(log.last??.description.contains("state does not match") == true, "\(log)")
        }
    }

    @Test func aFailedPasteLeavesTheLoopbackWaiting() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            let browser = BrowserTask()
            let outcome = try await OAuthLogin(resolver: emulated.resolver).run(accountName: "cloud", codeSource: .loopbackOrPaste(timeout: .seconds(30), paste: { _ in
                throw CancellationError()
            }), present: { request in
                await browser.start { try await emulated.browse(request) }
            }, pickSite: { $0[0] })
            #expect(outcome.account.cloudId == emulated.server.configuration.cloudId)
            #expect(try await browser.result()?.status == "HTTP/1.1 200 OK")
        }
    }

    @Test func aTimedOutOrCancelledWaitIsExplained() async throws {
        let quiet = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        let timeout = await #expect(throws: OAuthError.self) { try await quiet.waitForCode(expectedState: "s", timeout: .milliseconds(200)) }
        #expect(timeout?.description == "no browser came back to the loopback address within 0.2 seconds; start the login again (at a terminal, the address the browser was sent to can be pasted instead)")
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

    @Test func malformedEscapesInACallbackAreRefusedNotFatal() throws {
        for query in ["state=%zz&code=c", "state=s&code=%", "code=c&state=s%ZZ", "&&=&state"] {
            #expect(throws: OAuthError.self, "\(query)") { try AuthorizationCallback.code(fromPasted: "?" + query, expectedState: "s") }
        }
        #expect(try AuthorizationCallback.code(fromPasted: "?state=s&code=c%zz&code=d", expectedState: "s") == "d")
        #expect(try AuthorizationCallback.code(fromPasted: "?state=s&code=a b<c>", expectedState: "s") == "a b<c>")
    }

    @Test func aBusyPortIsExplained() throws {
        let first = try LoopbackCallbackServer.start(redirectURI: settings.redirectURI)
        let error = #expect(throws: OAuthError.self) {
            try LoopbackCallbackServer.start(redirectURI: URL(string: "http://127.0.0.1:\(first.port)/callback")!)
        }
        #expect(error?.description.contains("the port is in use") == true)
        #expect(throws: OAuthError.self) { try LoopbackCallbackServer.start(redirectURI: URL(string: "https://example.com/callback")!) }
    }
}

/// The site names a login offered.
actor SiteOffer {
    private(set) var names: [String] = []
    func set(_ names: [String]) { self.names = names }
}

/// The authorization request a login presented, awaited by a paste that needs it.
actor RequestBox {
    private var presented: AuthorizationRequest?

    func set(_ request: AuthorizationRequest) { presented = request }

    /// The request, once presented (the login presents before it asks for the paste).
    var request: AuthorizationRequest {
        get throws {
            guard let presented else { throw CancellationError() }
            return presented
        }
    }
}

/// The refusals a paste closure was given, in order.
actor RefusalLog {
    private(set) var entries: [OAuthError?] = []

    func add(_ refusal: OAuthError?) { entries.append(refusal) }
}
