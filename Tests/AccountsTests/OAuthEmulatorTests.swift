import Accounts
import ConfluenceEmulator
import ConfluenceKit
import Foundation
import TestSupport
import Testing

/// The client's 3LO refresh, rotation and diagnosis against the emulator's authorization server and gateway.
@Suite(.removesTemporaryFolders)
struct OAuthEmulatorTests {
    private let anyRequest = HTTPRequest(url: URL(string: "http://127.0.0.1/")!)

    /// Polls `condition` every 50 ms for up to a minute; true once it holds.
    private func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// The status the gateway answers for a request authorised by `accessToken`.
    private func gatewayStatus(_ emulated: EmulatedAuthorization, accessToken: Secret) async throws -> Int {
        let cloudId = try #require(try emulated.resolver.accounts.account(named: EmulatedAuthorization.account).cloudId)
        return try await RawHTTPClient.get(port: emulated.server.port, target: "/ex/confluence/\(cloudId)/wiki/rest/api/user/current",
                                           headers: ["Authorization": "Bearer " + accessToken.reveal()]).code
    }

    private func storedTokens(_ emulated: EmulatedAuthorization) throws -> OAuthTokens {
        try #require(try emulated.resolver.credentials.entry(forAccount: EmulatedAuthorization.account).tokens)
    }

    /// Stores the given tokens as already expired, so the next use refreshes them.
    private func storeExpired(_ tokens: OAuthTokens, _ emulated: EmulatedAuthorization) async throws {
        var expired = tokens
        expired.expiresAt = Date().addingTimeInterval(-1)
        try await emulated.resolver.credentials.setTokens(expired, forAccount: EmulatedAuthorization.account)
    }

    @Test func expiryUnderFiftyConcurrentRequestsCausesExactlyOneRefreshAtTheEmulator() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig(), accessTokenLifetime: .seconds(2)) { emulated in
            _ = try await emulated.login()
            let client = try emulated.client(auth: try await emulated.provider())
            let first = try storedTokens(emulated)
            // Wait until the token has expired on both clocks: the client's and the gateway's. (No call is made
            // before: on a loaded machine a call could outlive the 2-second token and its refreshed successor.)
            let expired = try await eventually {
                guard Date() > first.expiresAt else { return false }
                return try await gatewayStatus(emulated, accessToken: first.accessToken) == 401
            }
            #expect(expired, "the 2-second access token never expired")
            // The next token lives long, so the burst below cannot outlive it on a slow machine.
            await emulated.server.oauth.setAccessTokenLifetime(.seconds(3600))
            let refreshesBefore = await emulated.tokenRequests("refresh_token")
            let anonymous = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<50 { group.addTask { try await client.currentUser().isAnonymous } }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(anonymous == Array(repeating: false, count: 50))
            #expect(await emulated.tokenRequests("refresh_token") - refreshesBefore == 1)
            let rotated = try storedTokens(emulated)
            #expect(rotated.refreshToken != first.refreshToken)
            #expect(try await gatewayStatus(emulated, accessToken: rotated.accessToken) == 200)
        }
    }

    @Test func reusingASpentRefreshTokenRevokesTheFamilyAndMarksTheAccountWithoutLooping() async throws {
        // No leeway: the stale copy comes back as a backup restored the next day would, not as a retry.
        try await EmulatedAuthorization.with(try temporaryConfig(), reuseLeeway: .zero) { emulated in
            _ = try await emulated.login()
            let original = try storedTokens(emulated)
            try await storeExpired(original, emulated)
            let current = try await emulated.provider()
            #expect(try await emulated.client(auth: current).currentUser().isAnonymous == false)
            let rotated = try storedTokens(emulated)
            #expect(rotated.refreshToken != original.refreshToken)
            #expect(await emulated.tokenRequests("refresh_token") == 1)

            // A stale copy of the credentials (say, a restored backup) comes back with the spent refresh token.
            try await storeExpired(original, emulated)
            let stale = try await emulated.provider()
            for _ in 0..<3 {
                let error = await #expect(throws: OAuthError.self) { try await stale.authorization(for: anyRequest) }
                #expect(error?.description == "the refresh token for cloud was refused (invalid_grant); run confluence-tui auth login --account cloud")
                #expect(error?.needsLogin == true)
            }
            #expect(await emulated.tokenRequests("refresh_token") == 2)
            #expect(try emulated.resolver.accounts.account(named: "cloud").needsLogin)
            #expect(try emulated.resolver.credentials.entry(forAccount: "cloud").tokens == nil)
            let resolveError = await #expect(throws: AccountsError.self) { try await emulated.resolver.resolve(named: "cloud") }
            #expect(resolveError?.needsLogin == true)
            #expect(resolveError?.description.hasSuffix("run confluence-tui auth login --account cloud") == true)
            // The emulator revoked the whole login: the rotated access token is dead too.
            #expect(try await gatewayStatus(emulated, accessToken: rotated.accessToken) == 401)
        }
    }

    @Test func aRotatedTokenSurvivesACrashBetweenRefreshAndUse() async throws {
        let directory = try temporaryConfig()
        try await EmulatedAuthorization.with(directory) { emulated in
            _ = try await emulated.login()
            let original = try storedTokens(emulated)
            try await storeExpired(original, emulated)

            let outcome = try await runHelper(["refresh-and-crash", directory.url.path, EmulatedAuthorization.account])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(await emulated.tokenRequests("refresh_token") == 1)
            let rotated = try storedTokens(emulated)
            #expect(rotated.refreshToken != nil && rotated.refreshToken != original.refreshToken)

            // A new process picks up the stored tokens: the access token works, and so does the refresh token.
            #expect(try await emulated.client(auth: try await emulated.provider()).currentUser().isAnonymous == false)
            #expect(await emulated.tokenRequests("refresh_token") == 1)
            try await storeExpired(rotated, emulated)
            let next = try await emulated.provider()
            #expect(try await emulated.client(auth: next).currentUser().isAnonymous == false)
            #expect(await emulated.tokenRequests("refresh_token") == 2)
            #expect(try storedTokens(emulated).refreshToken != rotated.refreshToken)
            #expect(try emulated.resolver.accounts.account(named: "cloud").needsLogin == false)
        }
    }

    @Test func twoProvidersSharingAFileStoreRotateOnceNotTwice() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            _ = try await emulated.login()
            try await storeExpired(try storedTokens(emulated), emulated)
            let a = try await emulated.provider()
            let b = try await emulated.provider()
            async let first = a.authorization(for: anyRequest)
            async let second = b.authorization(for: anyRequest)
            let headers = try await [first, second]
            #expect(headers[0] == headers[1])
            #expect(headers[0] == "Bearer " + (try storedTokens(emulated).accessToken.reveal()))
            #expect(await emulated.tokenRequests("refresh_token") == 1)
            #expect(try emulated.resolver.accounts.account(named: "cloud").needsLogin == false)
        }
    }

    @Test func a3LOTokenOnTheSiteDomainIsExplained() async throws {
        try await EmulatedAuthorization.with(try temporaryConfig()) { emulated in
            _ = try await emulated.login()
            _ = try await emulated.resolver.accounts.modify(named: "cloud") {
                $0.siteKind = .cloud
                $0.siteURL = emulated.server.baseURL
            }
            let report = await AccountTester(resolver: emulated.resolver, transport: emulated.transport).test(accountNamed: "cloud")
            #expect(report.failures == ["a 3LO token cannot be used on the site domain; use the gateway (set the site kind of cloud to cloud_gateway)"])
            let siteCalls = await emulated.server.requestLog.records.filter { $0.path.hasPrefix("/wiki/") }
            #expect(!siteCalls.isEmpty && siteCalls.allSatisfy { $0.status == 401 && $0.authKind == .bearer })
            #expect(await emulated.tokenRequests("refresh_token") <= 1)
        }
    }
}
