import Accounts
import ConfluenceKit
import Foundation
import Testing

@Suite(.removesTemporaryFolders)
struct AccountDiagnosisTests {
    /// A site that answers whoami (v1) and spaces (v2) with the given status and body.
    private static func site(status: Int, body: String, contentType: String = "application/json") -> InMemoryTransport {
        InMemoryTransport(handler: { request in
            if request.url.path.hasSuffix("/oauth/token") {
                return HTTPResponse(text: "{\"access_token\":\"access-new\",\"refresh_token\":\"refresh-new\",\"expires_in\":3600}")
            }
            if request.url.path.hasSuffix("/api/v2/spaces") {
                return HTTPResponse(text: "{\"results\":[],\"_links\":{}}")
            }
            return HTTPResponse(status: status, text: body, contentType: contentType)
        })
    }

    private static let refusedJSON = "{\"code\":401,\"message\":\"Client must be authenticated to access this resource.\"}"

    private func report(_ account: Account, secret: String, transport: InMemoryTransport, tokens: OAuthTokens? = nil) async throws -> AccountTestReport {
        let resolver = AccountResolver(directory: try temporaryConfig(), transport: transport, environment: [:])
        try await resolver.accounts.add(account)
        try await resolver.credentials.setSecret(Secret(secret), forAccount: account.name)
        if let tokens { try await resolver.credentials.setTokens(tokens, forAccount: account.name) }
        let report = await AccountTester(resolver: resolver, transport: transport).test(accountNamed: account.name)
        #expect(try resolver.accounts.account(named: account.name).lastTest == report.result)
        return report
    }

    /// A test of an account edited while it ran, or one stopped, records nothing: it says nothing about the account as it
    /// is now.
    @Test func aTestOfAnAccountEditedMeanwhileOrStoppedIsNotRecorded() async throws {
        let directory = try temporaryConfig()
        let accounts = AccountStore(directory: directory)
        let editing = InMemoryTransport(handler: { _ in
            try await accounts.modify(named: "work") { $0.siteURL = URL(string: "https://moved.atlassian.net")! }
            return HTTPResponse(status: 401, text: Self.refusedJSON)
        })
        let resolver = AccountResolver(directory: directory, transport: editing, environment: [:])
        try await resolver.accounts.add(makeAccount(kind: .cloudBasic))
        try await resolver.credentials.setSecret(Secret("ATATT-token"), forAccount: "work")
        let report = await AccountTester(resolver: resolver, transport: editing).test(accountNamed: "work")
        #expect(!report.ok)
        #expect(try resolver.accounts.account(named: "work").lastTest == nil, "the failure was of the old site")
        let stopped = Task { await AccountTester(resolver: resolver, transport: Self.site(status: 401, body: Self.refusedJSON)).test(accountNamed: "work") }
        stopped.cancel()
        _ = await stopped.value
        #expect(try resolver.accounts.account(named: "work").lastTest == nil, "a stopped test is no outcome")
    }

    @Test func aWorkingCloudAccountReportsTheUserAndBothAPIs() async throws {
        let transport = Self.site(status: 200, body: "{\"accountId\":\"557058:1\",\"displayName\":\"Ada Lovelace\",\"type\":\"known\"}")
        let report = try await report(makeAccount(kind: .cloudBasic), secret: "ATATT3xFfGF0-token", transport: transport)
        #expect(report.ok)
        #expect(report.user?.displayName == "Ada Lovelace")
        #expect(report.probes.map(\.ok) == [true, true])
        #expect(report.sentence == "signed in as Ada Lovelace on https://acme.atlassian.net (Cloud); answering: REST v1 (/rest/api), REST v2 (/api/v2)")
    }

    @Test func aPasswordGivenForCloudIsCalledOut() async throws {
        let report = try await report(makeAccount(kind: .cloudBasic), secret: "hunter2!", transport: Self.site(status: 401, body: Self.refusedJSON))
        #expect(!report.ok)
        #expect(report.failures == ["me@example.com and this secret were refused by https://acme.atlassian.net: check the email, and that the secret is an API token, not a password (it looks like one; Cloud needs an API token, https://id.atlassian.com/manage-profile/security/api-tokens)"])
    }

    /// A sign-in of the wrong kind for the site is told which kind the site answers as, and what to use.
    @Test func aSignInOfTheWrongKindIsToldWhatTheSiteIs() async throws {
        let cloudAnswers = InMemoryTransport(handler: { request in
            if request.url.path.hasSuffix("/_edge/tenant_info") { return HTTPResponse(text: "{\"cloudId\":\"c-1\"}") }
            return HTTPResponse(status: 401, text: Self.refusedJSON, contentType: "application/json")
        })
        let pat = try await report(makeAccount(kind: .dataCenterPAT, site: "https://wiki.example.com"), secret: "pat-1", transport: cloudAnswers)
        #expect(pat.failures.last?.hasPrefix("the site answers as Confluence Cloud") == true, "\(pat.failures)")
        let dataCenter = Self.site(status: 404, body: "{\"message\":\"Not Found\"}")
        let cloud = try await report(makeAccount(kind: .cloudBasic, site: "https://wiki.example.com"), secret: "ATATT3xFfGF0-t", transport: dataCenter)
        #expect(cloud.failures.last?.hasPrefix("the site does not answer as Confluence Cloud: for Data Center") == true, "\(cloud.failures)")
        let atlassian = try await report(makeAccount(kind: .cloudBasic), secret: "ATATT3xFfGF0-t", transport: dataCenter)
        #expect(atlassian.failures.count == 1, "an atlassian.net site is Cloud: no hint")
    }

    /// The email and the site are both named: one user may have accounts on several sites.
    @Test func aRefusedCloudAPITokenNamesTheEmailAndTheSite() async throws {
        let report = try await report(makeAccount(kind: .cloudBasic), secret: "ATATT3xFfGF0-revoked", transport: Self.site(status: 401, body: Self.refusedJSON))
        #expect(report.failures.first?.hasPrefix("the API token for me@example.com was refused by https://acme.atlassian.net: check the email") == true)
    }

    @Test func a3LOTokenOnTheSiteDomainIsTold() async throws {
        var account = makeAccount(kind: .oauth3LO, siteKind: .cloud)
        account.cloudId = "cloud-1"
        let tokens = OAuthTokens(accessToken: Secret("access-0"), refreshToken: Secret("refresh-0"), expiresAt: Date().addingTimeInterval(3600))
        let report = try await report(account, secret: "client-secret", transport: Self.site(status: 401, body: Self.refusedJSON), tokens: tokens)
        #expect(report.failures == ["a 3LO token cannot be used on the site domain; use the gateway (set the site kind of work to cloud_gateway)"])
    }

    @Test func aScopedTokenWithoutTheGatewayIsTold() async throws {
        let report = try await report(makeAccount(kind: .scopedToken, siteKind: .cloud), secret: "ATATT-scoped", transport: Self.site(status: 401, body: Self.refusedJSON))
        #expect(report.failures == ["a scoped API token works only through the gateway (api.atlassian.com/ex/confluence/{cloudId}); set the site kind of work to cloud_gateway"])
    }

    @Test func aScopedTokenRefusedByTheGatewayIsTold() async throws {
        var account = makeAccount(kind: .scopedToken)
        account.cloudId = "cloud-1"
        let report = try await report(account, secret: "ATATT-scoped", transport: Self.site(status: 401, body: Self.refusedJSON))
        #expect(report.failures.first?.hasPrefix("the scoped API token for me@example.com was refused by the gateway") == true)
    }

    @Test func aDataCenterPATTreatedAsAnonymousIsTold() async throws {
        let transport = Self.site(status: 200, body: "{\"type\":\"anonymous\",\"displayName\":\"Anonymous\"}")
        let report = try await report(makeAccount(kind: .dataCenterPAT), secret: "pat-expired", transport: transport)
        #expect(!report.ok)
        #expect(report.failures == ["the server treated the token as anonymous: the personal access token is invalid or expired"])
        #expect(report.probes.map(\.ok) == [false])
    }

    @Test func aRefusedDataCenterPATIsTold() async throws {
        let report = try await report(makeAccount(kind: .dataCenterPAT), secret: "pat-revoked", transport: Self.site(status: 401, body: Self.refusedJSON))
        #expect(report.failures.first?.hasPrefix("the personal access token was refused: it is invalid, expired or revoked") == true)
    }

    @Test func aWrongDataCenterPasswordIsTold() async throws {
        let html = "<html><head><title>Unauthorized</title></head><body>Basic Authentication Failure - Reason : AUTHENTICATED_FAILED</body></html>"
        let transport = Self.site(status: 401, body: html, contentType: "text/html")
        let report = try await report(makeAccount(kind: .dataCenterPassword, user: "jdoe"), secret: "wrong-password", transport: transport)
        #expect(report.failures == ["the user name or password for jdoe was refused by https://dc.example.com/confluence; check both (after repeated failures the server may ask for a CAPTCHA in the browser first)"])
    }

    @Test func aServerEchoingTheSecretHasItHiddenFromTheStoredResult() async throws {
        let transport = Self.site(status: 500, body: "{\"message\":\"bad password wrong-SECRET-pw for jdoe\"}")
        let report = try await report(makeAccount(kind: .dataCenterPassword, user: "jdoe"), secret: "wrong-SECRET-pw", transport: transport)
        #expect(!report.ok)
        #expect(report.failures.allSatisfy { !$0.contains("SECRET") })
        #expect(report.failures.first?.contains("bad password <redacted> for jdoe") == true)
        #expect(!report.result.sentence.contains("SECRET"))
    }

    @Test func aMissingSecretOrLoginIsReportedNotThrown() async throws {
        let resolver = AccountResolver(directory: try temporaryConfig(), transport: InMemoryTransport(), environment: [:])
        try await resolver.accounts.add(makeAccount(kind: .dataCenterPAT, source: .environment("NOPE_PAT")))
        let report = await AccountTester(resolver: resolver, transport: InMemoryTransport()).test(accountNamed: nil)
        #expect(report.failures == ["the environment variable NOPE_PAT, which holds the secret of account work, is not set or empty"])
        let unknown = await AccountTester(resolver: resolver, transport: InMemoryTransport()).test(accountNamed: "ghost")
        #expect(unknown.failures == ["there is no account named ghost (see confluence-tui accounts list)"])
    }

    @Test func theSecretShapeTellsTokensFromPasswords() {
        #expect(SecretShape(Secret("ATATT3xFfGF0abc")).looksLikeAPIToken)
        #expect(SecretShape(Secret("abcdefghijklmnopqrstuvwx")).looksLikeAPIToken)
        #expect(!SecretShape(Secret("Summer2024!")).looksLikeAPIToken)
        #expect(!SecretShape(Secret("")).looksLikeAPIToken)
    }
}
