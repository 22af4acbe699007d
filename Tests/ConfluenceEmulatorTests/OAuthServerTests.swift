import Foundation
import Testing
import TestSupport
@testable import ConfluenceEmulator

/// The emulator's OAuth 2.0 (3LO) authorization server and API gateway, over loopback HTTP.
struct OAuthServerTests {
    private static func configuration(clock: ManualClock = ManualClock(), resources: [OAuthResource] = []) -> EmulatorConfiguration {
        EmulatorConfiguration(now: { TestSites.fixedNow }, oauth: OAuthConfiguration(
            clients: [OAuthProbe.registration], resources: resources, accessTokenLifetime: .seconds(2), now: { clock.now }))
    }

    private func withOAuth<T>(clock: ManualClock = ManualClock(), resources: [OAuthResource] = [], _ body: (OAuthProbe) async throws -> T) async throws -> T {
        try await withEmulator(try TestSites.fixture(), Self.configuration(clock: clock, resources: resources)) { try await body(OAuthProbe(server: $0)) }
    }

    @Test func authorizeRedirectsToTheCallbackWithACodeAndTheSameState() async throws {
        try await withOAuth { probe in
            let reply = try await probe.authorize(state: "a b&c")
            #expect(reply.code == 302)
            let location = try #require(reply.header("Location"))
            #expect(location.hasPrefix("http://127.0.0.1:4321/callback?code="))
            let items = URLComponents(string: location)?.queryItems ?? []
            #expect(items.first { $0.name == "state" }?.value == "a b&c")
            #expect(items.first { $0.name == "code" }?.value?.count == 64)
        }
    }

    @Test(arguments: [
        ("client_id", "someone-else", "Invalid client_id"),
        ("redirect_uri", "http://127.0.0.1:4321/elsewhere", "redirect_uri does not match"),
        ("redirect_uri", "https://evil.example.com/callback", "redirect_uri does not match"),
        ("response_type", "token", "Unsupported response_type"),
        ("audience", "example.com", "audience must be api.atlassian.com"),
    ])
    func authorizeRefusesAWrongParameterWithAnErrorPage(_ name: String, _ value: String, _ sentence: String) async throws {
        try await withOAuth { probe in
            let reply = try await probe.authorize([name: value])
            #expect(reply.code == 400)
            #expect(reply.header("Location") == nil)
            #expect(reply.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(reply.body.contains(sentence))
            #expect(try await probe.authorize(scope: "").code == 400)
        }
    }

    @Test func aCodeIsSingleUseAndBoundToItsClientRedirectAndSecret() async throws {
        try await withOAuth { probe in
            let wrongRedirect = try await probe.exchange(try await probe.code(), redirectURI: "http://127.0.0.1:4321/other")
            #expect(wrongRedirect.code == 403)
            #expect(try OAuthProbe.object(wrongRedirect)["error"] as? String == "invalid_grant")

            let code = try await probe.code()
            let wrongSecret = try await probe.exchange(code, secret: "guess")
            #expect(wrongSecret.code == 401)
            #expect(try OAuthProbe.object(wrongSecret)["error"] as? String == "access_denied")
            #expect(!wrongSecret.body.contains("guess"))

            let granted = try await probe.exchange(code)
            #expect(granted.code == 200)
            #expect(granted.header("Cache-Control") == "no-store")
            let fields = try OAuthProbe.object(granted)
            #expect(fields["token_type"] as? String == "Bearer")
            #expect(fields["expires_in"] as? Int == 2)
            #expect(fields["scope"] as? String == OAuthProbe.defaultScope)
            #expect((fields["access_token"] as? String)?.isEmpty == false)
            #expect((fields["refresh_token"] as? String)?.isEmpty == false)

            let again = try await probe.exchange(code)
            #expect(again.code == 403)
            #expect(try OAuthProbe.object(again)["error_description"] as? String == "Invalid authorization code")
            #expect(await probe.server.requestLog.tokenRequests(grantType: "authorization_code") == 4)
        }
    }

    @Test func withoutOfflineAccessThereIsNoRefreshToken() async throws {
        try await withOAuth { probe in
            let fields = try await probe.login(scope: "read:page:confluence")
            #expect(fields["access_token"] != nil)
            #expect(fields["refresh_token"] == nil)
        }
    }

    @Test func refreshRotatesAndReuseOfASpentTokenAfterTheLeewayRevokesTheWholeFamily() async throws {
        let clock = ManualClock()
        try await withOAuth(clock: clock) { probe in
            await probe.server.oauth.setAccessTokenLifetime(.seconds(3600))
            let first = try await probe.login()
            let other = try await probe.login()
            let spent = try #require(first["refresh_token"] as? String)
            let rotated = try OAuthProbe.object(await probe.refresh(spent))
            let live = try #require(rotated["refresh_token"] as? String)
            let access = try #require(rotated["access_token"] as? String)
            #expect(live != spent)
            #expect(access != first["access_token"] as? String)
            #expect(try await probe.get("/oauth/token/accessible-resources", bearer: access).code == 200)

            clock.advance(by: 601)
            let reuse = try await probe.refresh(spent)
            #expect(reuse.code == 403)
            #expect(try OAuthProbe.object(reuse)["error"] as? String == "invalid_grant")
            // The whole login is dead: its live refresh token and every access token it produced.
            #expect(try await probe.refresh(live).code == 403)
            #expect(try await probe.get("/oauth/token/accessible-resources", bearer: access).code == 401)
            #expect(try await probe.get("/oauth/token/accessible-resources", bearer: try #require(first["access_token"] as? String)).code == 401)
            // Another login of the same app is untouched.
            #expect(try await probe.refresh(try #require(other["refresh_token"] as? String)).code == 200)
            #expect(await probe.server.requestLog.tokenRequests(grantType: "refresh_token") == 4)
        }
    }

    @Test func aSpentRefreshTokenTradesAgainWithinTheLeewayAsARetryWould() async throws {
        let clock = ManualClock()
        try await withOAuth(clock: clock) { probe in
            let spent = try #require(try await probe.login()["refresh_token"] as? String)
            let first = try OAuthProbe.object(await probe.refresh(spent))
            clock.advance(by: 599)
            // The first answer was lost; the retry with the same token gets a new pair, and the login lives on.
            let retried = try OAuthProbe.object(await probe.refresh(spent))
            let retriedToken = try #require(retried["refresh_token"] as? String)
            #expect(retriedToken != first["refresh_token"] as? String)
            let live = try #require(try OAuthProbe.object(await probe.refresh(retriedToken))["refresh_token"] as? String)
            // The answer the retry replaced is spent from then on, and outside the leeway its reuse revokes the login.
            clock.advance(by: 601)
            #expect(try await probe.refresh(try #require(first["refresh_token"] as? String)).code == 403)
            #expect(try await probe.refresh(live).code == 403)
        }
    }

    @Test func refreshTokensDieAfterNinetyIdleDaysAndAYearAfterTheLogin() async throws {
        let clock = ManualClock()
        let day: TimeInterval = 86_400
        try await withOAuth(clock: clock) { probe in
            let idle = try #require(try await probe.login()["refresh_token"] as? String)
            var token = try #require(try await probe.login()["refresh_token"] as? String)
            // Used every 89 days, a login outlives the inactivity limit...
            for _ in 0..<4 {
                clock.advance(by: 89 * day)
                token = try #require(try OAuthProbe.object(await probe.refresh(token))["refresh_token"] as? String)
            }
            // ...but the one left unused for 356 days is dead, and a year after the login both are.
            let refused = try await probe.refresh(idle)
            #expect(refused.code == 403)
            #expect(try OAuthProbe.object(refused)["error_description"] as? String == "Unknown or invalid refresh token.")
            clock.advance(by: 10 * day)
            #expect(try await probe.refresh(token).code == 403)
            let fresh = try #require(try await probe.login()["refresh_token"] as? String)
            clock.advance(by: 90 * day - 1)
            #expect(try await probe.refresh(fresh).code == 200)
        }
    }

    @Test func accessTokensExpireAfterTheirLifetime() async throws {
        let clock = ManualClock()
        try await withOAuth(clock: clock) { probe in
            let token = try #require(try await probe.login()["access_token"] as? String)
            let cloudId = probe.server.configuration.cloudId
            #expect(try await probe.get("/ex/confluence/\(cloudId)/wiki/api/v2/spaces", bearer: token).code == 200)
            clock.advance(by: 1.5)
            #expect(try await probe.get("/ex/confluence/\(cloudId)/wiki/api/v2/spaces", bearer: token).code == 200)
            clock.advance(by: 1)
            let expired = try await probe.get("/ex/confluence/\(cloudId)/wiki/api/v2/spaces", bearer: token)
            #expect(expired.code == 401)
            #expect(try OAuthProbe.object(expired)["message"] as? String == "Unauthorized")
            #expect(try await probe.get("/oauth/token/accessible-resources", bearer: token).code == 401)
            await probe.server.oauth.setAccessTokenLifetime(.seconds(60))
            let fresh = try #require(try await probe.login()["expires_in"] as? Int)
            #expect(fresh == 60)
        }
    }

    @Test func aTokenWithoutTheScopeARouteNeedsIsRefusedAsAtlassiansGatewayRefusesIt() async throws {
        try await withOAuth { probe in
            let gateway = "/ex/confluence/\(probe.server.configuration.cloudId)/wiki"
            func status(_ path: String, scope: String) async throws -> Int {
                let token = try #require(try await probe.login(scope: scope)["access_token"] as? String)
                return try await probe.get(gateway + path, bearer: token).code
            }
            let refused = try await probe.get(gateway + "/api/v2/spaces",
                                              bearer: try #require(try await probe.login(scope: "read:page:confluence")["access_token"] as? String))
            #expect(refused.code == 401)
            #expect(try OAuthProbe.object(refused)["message"] as? String == "Unauthorized; scope does not match")
            #expect(try await status("/api/v2/pages?limit=1", scope: "read:page:confluence") == 200)
            #expect(try await status("/api/v2/pages/100/direct-children", scope: "read:page:confluence") == 401)
            #expect(try await status("/api/v2/pages/100/direct-children", scope: "read:hierarchical-content:confluence") == 200)
            // A v1 route takes its classic scope or the granular equivalent, and nothing else.
            #expect(try await status("/rest/api/content/103", scope: "read:page:confluence") == 401)
            #expect(try await status("/rest/api/content/103", scope: "read:confluence-content.summary") == 200)
            #expect(try await status("/rest/api/content/103", scope: "read:content-details:confluence") == 200)
            #expect(try await status("/rest/api/search?cql=type%3Dpage", scope: "search:confluence") == 200)
            // Basic credentials carry no scopes; the site decides what they see.
            let basic = "Basic " + Data("demo@example.com:demo-token".utf8).base64EncodedString()
            #expect(try await RawHTTPClient.get(port: probe.server.port, target: gateway + "/rest/api/content/103", headers: ["Authorization": basic]).code == 200)
        }
    }

    @Test func theGatewayServesTheSiteByCloudIdAndRefusesA3LOTokenOnTheSiteDomain() async throws {
        try await withOAuth { probe in
            let token = try #require(try await probe.login()["access_token"] as? String)
            let cloudId = probe.server.configuration.cloudId
            let spaces = try await probe.get("/ex/confluence/\(cloudId)/wiki/api/v2/spaces", bearer: token)
            #expect(spaces.code == 200)
            #expect(spaces.body.contains("\"key\":\"ENG\""))
            let v1 = try await probe.get("/ex/confluence/\(cloudId)/wiki/rest/api/space?limit=1", bearer: token)
            #expect(v1.code == 200)
            #expect(try (OAuthProbe.object(v1)["_links"] as? [String: Any])?["base"] as? String == probe.server.baseURL.absoluteString + "/ex/confluence/\(cloudId)/wiki")
            #expect(try await probe.get("/wiki/api/v2/spaces", bearer: token).code == 401)
            let unknown = try await probe.get("/ex/confluence/not-a-site/wiki/api/v2/spaces", bearer: token)
            #expect(unknown.code == 404)
            #expect(try OAuthProbe.object(unknown)["code"] as? Int == 404)
            let anonymous = try await RawHTTPClient.get(port: probe.server.port, target: "/ex/confluence/\(cloudId)/wiki/api/v2/spaces")
            #expect(anonymous.code == 401)
            let basic = "Basic " + Data("demo@example.com:demo-token".utf8).base64EncodedString()
            #expect(try await RawHTTPClient.get(port: probe.server.port, target: "/ex/confluence/\(cloudId)/wiki/api/v2/spaces", headers: ["Authorization": basic]).code == 200)
        }
    }

    @Test func accessibleResourcesListsEveryConfiguredSiteAndEachIsRouted() async throws {
        let sites = [OAuthResource(id: "11111111-aaaa", name: "one", url: "https://one.example.net"), OAuthResource(id: "22222222-bbbb", name: "two")]
        try await withOAuth(resources: sites) { probe in
            let token = try #require(try await probe.login()["access_token"] as? String)
            let reply = try await probe.get("/oauth/token/accessible-resources", bearer: token)
            let listed = try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [[String: Any]])
            #expect(listed.map { $0["id"] as? String } == ["11111111-aaaa", "22222222-bbbb"])
            #expect(listed.map { $0["url"] as? String } == ["https://one.example.net", probe.server.baseURL.absoluteString])
            #expect(listed.allSatisfy { ($0["scopes"] as? [String])?.joined(separator: " ") == OAuthProbe.defaultScope && $0["avatarUrl"] is String && $0["name"] is String })
            #expect(try await probe.get("/ex/confluence/22222222-bbbb/wiki/api/v2/spaces", bearer: token).code == 200)
            #expect(try await probe.get("/ex/confluence/\(probe.server.configuration.cloudId)/wiki/api/v2/spaces", bearer: token).code == 404)
            #expect(try await RawHTTPClient.get(port: probe.server.port, target: "/oauth/token/accessible-resources").code == 401)
        }
    }

    @Test func aFormEncodedTokenRequestIsAcceptedAndNoSecretReachesTheLog() async throws {
        try await withOAuth { probe in
            let code = try await probe.code()
            let body = "grant_type=authorization_code&client_id=app&client_secret=app-secret&code=\(code)&redirect_uri=\(QueryParameters.encode(probe.redirectURI))"
            let reply = try await RawHTTPClient.send("POST", port: probe.server.port, target: "/oauth/token",
                                                     headers: ["Content-Type": "application/x-www-form-urlencoded"], body: body)
            #expect(reply.code == 200)
            let fields = try OAuthProbe.object(reply)
            let secrets = [code, "app-secret", try #require(fields["access_token"] as? String), try #require(fields["refresh_token"] as? String)]
            _ = try await probe.get("/oauth/token/accessible-resources", bearer: secrets[2])
            #expect(try await probe.token(["grant_type": secrets[3], "client_id": "app", "client_secret": "app-secret"]).code == 400)
            let records = await probe.server.requestLog.records
            #expect(records.map(\.grantType) == [nil, "authorization_code", nil, "other"])
            #expect(records.map(\.authKind) == [.none, .none, .bearer, .none])
            let logged = records.map { "\($0)" }.joined(separator: "\n")
            for secret in secrets { #expect(!logged.contains(secret)) }
        }
    }
}
