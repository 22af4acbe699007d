import Accounts
import ConfluenceKit
import Foundation
import Testing

@Suite(.removesTemporaryFolders)
struct AccountResolverTests {
    private func setUp(_ account: Account, secret: String = "secret-value", transport: InMemoryTransport = InMemoryTransport()) async throws -> AccountResolver {
        let directory = try temporaryConfig()
        let resolver = AccountResolver(directory: directory, transport: transport, environment: [:])
        try await resolver.accounts.add(account)
        try await resolver.credentials.setSecret(Secret(secret), forAccount: account.name)
        return resolver
    }

    private func header(_ resolved: ResolvedAccount) async throws -> String? {
        try await resolved.auth.authorization(for: HTTPRequest(url: resolved.site.root))
    }

    @Test func cloudBasicUsesTheSiteDomainAndBasicAuth() async throws {
        let resolver = try await setUp(makeAccount(kind: .cloudBasic, site: "https://acme.atlassian.net/wiki"), secret: "ATATT-abc")
        let resolved = try await resolver.resolve(named: nil)
        #expect(resolved.site == (try Site.cloud(URL(string: "https://acme.atlassian.net")!)))
        #expect(try await header(resolved) == "Basic " + Data("me@example.com:ATATT-abc".utf8).base64EncodedString())
        #expect(resolved.secretShape?.looksLikeAPIToken == true)
    }

    @Test func dataCenterKindsUseBearerOrBasic() async throws {
        let pat = try await setUp(makeAccount(kind: .dataCenterPAT), secret: "pat-123")
        let resolvedPAT = try await pat.resolve(named: "work")
        #expect(resolvedPAT.site.kind == .dataCenter)
        #expect(resolvedPAT.site.contextPath == "/confluence")
        #expect(try await header(resolvedPAT) == "Bearer pat-123")
        let password = try await setUp(makeAccount(kind: .dataCenterPassword, user: "jdoe"), secret: "pw")
        #expect(try await header(password.resolve(named: "work")) == "Basic " + Data("jdoe:pw".utf8).base64EncodedString())
    }

    @Test func aScopedTokenGoesThroughTheGatewayWithADiscoveredAndStoredCloudId() async throws {
        let transport = InMemoryTransport(handler: { request in
            #expect(request.url.absoluteString == "https://acme.atlassian.net/_edge/tenant_info")
            #expect(request.headers["Authorization"] == nil)
            return HTTPResponse(text: "{\"cloudId\":\"11111111-2222-3333-4444-555555555555\"}")
        })
        let resolver = try await setUp(makeAccount(kind: .scopedToken), secret: "ATATT-scoped", transport: transport)
        let resolved = try await resolver.resolve(named: "work")
        #expect(resolved.site.root.absoluteString == "https://api.atlassian.com/ex/confluence/11111111-2222-3333-4444-555555555555")
        #expect(try resolver.accounts.account(named: "work").cloudId == "11111111-2222-3333-4444-555555555555")
        _ = try await resolver.resolve(named: "work")
        #expect(await transport.requests.count == 1)
    }

    @Test func aSiteWithoutTenantInfoIsExplained() async throws {
        let transport = InMemoryTransport(responses: [HTTPResponse(status: 404, text: "nope")])
        let resolver = try await setUp(makeAccount(kind: .scopedToken, site: "https://wiki.example.com"), transport: transport)
        let error = await #expect(throws: AccountsError.self) { try await resolver.resolve(named: "work") }
        #expect(error?.description == "could not find the cloudId of https://wiki.example.com (from /_edge/tenant_info): the site answered status 404; is it a Cloud site?")
    }

    @Test func anIPv6SiteIsAskedAtItsOwnAddress() async throws {
        let transport = InMemoryTransport(responses: [HTTPResponse(status: 200, text: #"{"cloudId":"c-6"}"#)])
        let answer = await CloudIdDiscovery(transport: transport).ask(try #require(URL(string: "http://[::1]:8090/wiki/spaces?x=1")))
        #expect(answer == .cloudId("c-6"))
        #expect(await transport.requests.first?.url.absoluteString == "http://[::1]:8090/_edge/tenant_info")
    }

    @Test func aHostThatDoesNotResolveIsAskedOnceAndAnswersUnreachable() async throws {
        let transport = InMemoryTransport()
        await transport.enqueue(failure: .unknownHost("wiki.example.invalid"))
        await transport.enqueue(failure: .connectionReset)
        let answer = await CloudIdDiscovery(transport: transport).ask(try #require(URL(string: "https://wiki.example.invalid")))
        #expect(answer == .unreachable("could not find the host wiki.example.invalid (DNS)"))
        #expect(await transport.requests.count == 1, "no pause and no second asking for a name that does not resolve")
    }

    @Test func aDroppedConnectionIsAskedAgain() async throws {
        let transport = InMemoryTransport()
        await transport.enqueue(failure: .connectionReset)
        await transport.enqueue(HTTPResponse(status: 200, text: #"{"cloudId":"c-1"}"#))
        let answer = await CloudIdDiscovery(transport: transport).ask(try #require(URL(string: "https://wiki.example.com")))
        #expect(answer == .cloudId("c-1"))
        #expect(await transport.requests.count == 2)
    }

    @Test func anOAuthAccountNeedsALoginFirstAndSharesOneProvider() async throws {
        var account = makeAccount(kind: .oauth3LO)
        let resolver = try await setUp(account, secret: "client-secret")
        let error = await #expect(throws: AccountsError.self) { try await resolver.resolve(named: "work") }
        #expect(error?.needsLogin == true)
        #expect(error?.description == "account work has not logged in yet, so its site's cloudId is unknown; run confluence-tui auth login --account work")
        account.cloudId = "cloud-1"
        try await resolver.accounts.replace(account)
        let first = try await resolver.resolve(named: "work")
        let second = try await resolver.resolve(named: "work")
        #expect(first.site.root.absoluteString == "https://api.atlassian.com/ex/confluence/cloud-1")
        #expect((first.auth as? OAuthAuthProvider) === (second.auth as? OAuthAuthProvider))
        let notLoggedIn = await #expect(throws: OAuthError.self) { try await header(first) }
        #expect(notLoggedIn?.description == "account work is not logged in; run confluence-tui auth login --account work")
    }
}
