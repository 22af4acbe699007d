import Accounts
import AccountsTestSupport
import ConfluenceKit
import Foundation
import Testing

@Suite(.removesTemporaryFolders)
struct OAuthAuthProviderTests {
    private let request = HTTPRequest(url: URL(string: "https://api.atlassian.com/ex/confluence/c/wiki/api/v2/spaces")!)

    /// A token endpoint that counts refreshes and hands out `access-N` / `refresh-N`, after a small delay.
    private func countingEndpoint(delay: Duration = .milliseconds(50)) -> InMemoryTransport {
        let counter = Counter()
        return InMemoryTransport(handler: { request in
            let number = await counter.next()
            try await Task.sleep(for: delay)
            return HTTPResponse(text: "{\"access_token\":\"access-\(number)\",\"refresh_token\":\"refresh-\(number)\",\"expires_in\":3600}")
        })
    }

    private func provider(_ transport: InMemoryTransport, store: any TokenStore) -> OAuthAuthProvider {
        let client = OAuthClient(clientId: "client-id", clientSecret: Secret("client-secret"), transport: transport)
        return OAuthAuthProvider(accountName: "work", client: client, store: store)
    }

    @Test func fiftyConcurrentRequestsWithAnExpiredTokenCauseExactlyOneRefresh() async throws {
        let transport = countingEndpoint()
        let store = RecordingTokenStore(log: EventLog(), state: TokenBox(expiredTokens()))
        let provider = provider(transport, store: store)
        let headers = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<50 { group.addTask { try await provider.authorization(for: request) } }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(await transport.requests.count == 1)
        #expect(Set(headers) == ["Bearer access-1"])
        let body = try #require(await transport.requests.first?.body)
        let fields = try JSONSerialization.jsonObject(with: body) as? [String: String]
        #expect(fields == ["grant_type": "refresh_token", "client_id": "client-id", "client_secret": "client-secret", "refresh_token": "refresh-0"])
        #expect(await transport.requests.first?.url.absoluteString == "https://auth.atlassian.com/oauth/token")
        #expect(await transport.requests.first?.headers["Content-Type"] == "application/json")
    }

    @Test func fiftyConcurrent401sForTheSameTokenCauseExactlyOneRefresh() async throws {
        let transport = countingEndpoint()
        let fresh = OAuthTokens(accessToken: Secret("access-0"), refreshToken: Secret("refresh-0"), expiresAt: Date().addingTimeInterval(3600))
        let provider = provider(transport, store: RecordingTokenStore(log: EventLog(), state: TokenBox(fresh)))
        #expect(try await provider.authorization(for: request) == "Bearer access-0")
        let answers = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<50 { group.addTask { try await provider.refreshAfterUnauthorized(rejected: "Bearer access-0") } }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(answers == Array(repeating: true, count: 50))
        #expect(await transport.requests.count == 1)
        #expect(try await provider.authorization(for: request) == "Bearer access-1")
        // The fresh token is refused too: the server refuses it for another reason, so no second refresh.
        #expect(try await provider.refreshAfterUnauthorized(rejected: "Bearer access-1") == false)
        #expect(await transport.requests.count == 1)
    }

    @Test func aTokenCloseToExpiryIsRefreshedAheadOfTime() async throws {
        let transport = countingEndpoint(delay: .zero)
        let soon = OAuthTokens(accessToken: Secret("access-0"), refreshToken: Secret("refresh-0"), expiresAt: Date().addingTimeInterval(30))
        let provider = provider(transport, store: RecordingTokenStore(log: EventLog(), state: TokenBox(soon)))
        #expect(try await provider.authorization(for: request) == "Bearer access-1")
        #expect(try await provider.authorization(for: request) == "Bearer access-1")
        #expect(await transport.requests.count == 1)
    }

    @Test func rotatedTokensArePersistedBeforeAnyRequestUsesThem() async throws {
        let log = EventLog()
        let store = RecordingTokenStore(log: log, state: TokenBox(expiredTokens()), saveDelay: .milliseconds(100))
        let provider = provider(countingEndpoint(), store: store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    let header = try await provider.authorization(for: request)
                    await log.append("used \(header ?? "")")
                }
            }
            try await group.waitForAll()
        }
        let events = await log.events
        #expect(events.first == "saved access-1")
        #expect(events.dropFirst() == ArraySlice(Array(repeating: "used Bearer access-1", count: 10)))
    }

    @Test func aFailedSaveNeverHandsOutTheNewToken() async throws {
        let log = EventLog()
        let transport = countingEndpoint(delay: .zero)
        let store = RecordingTokenStore(log: log, state: TokenBox(expiredTokens()), failSaves: true)
        let provider = provider(transport, store: store)
        let error = await #expect(throws: OAuthError.self) { try await provider.authorization(for: request) }
        #expect(error?.needsLogin == true)
        #expect(error?.description.hasPrefix("the new tokens of work could not be saved, and the old refresh token is used up") == true)
        #expect(await log.events.isEmpty)
    }

    @Test func invalidGrantMarksTheAccountAndNeverLoops() async throws {
        let log = EventLog()
        let box = TokenBox(expiredTokens())
        let transport = InMemoryTransport(handler: { _ in
            HTTPResponse(status: 403, text: "{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}")
        })
        let provider = provider(transport, store: RecordingTokenStore(log: log, state: box))
        let sentence = "the refresh token for work was refused (invalid_grant); run confluence-tui auth login --account work"
        for _ in 0..<5 {
            let error = await #expect(throws: OAuthError.self) { try await provider.authorization(for: request) }
            #expect(error?.description == sentence)
            #expect(error?.isRefreshRefused == true)
        }
        await #expect(throws: OAuthError.self) { try await provider.refreshAfterUnauthorized(rejected: nil) }
        #expect(await transport.requests.count == 1)
        #expect(await log.events == ["needs login"])
        #expect(await box.needsLogin)
    }

    @Test func theClientRetriesOnceAfterA401WithARefreshedToken() async throws {
        let tokenCalls = Counter()
        let transport = InMemoryTransport(handler: { request in
            if request.url.path == "/oauth/token" {
                _ = await tokenCalls.next()
                return HTTPResponse(text: "{\"access_token\":\"access-new\",\"refresh_token\":\"refresh-new\",\"expires_in\":3600}")
            }
            guard request.headers["Authorization"] == "Bearer access-new" else {
                return HTTPResponse(status: 401, text: "{\"code\":401,\"message\":\"Unauthorized\"}")
            }
            return HTTPResponse(text: "{\"accountId\":\"abc\",\"displayName\":\"Me\",\"type\":\"known\"}")
        })
        let live = OAuthTokens(accessToken: Secret("access-revoked"), refreshToken: Secret("refresh-0"), expiresAt: Date().addingTimeInterval(3600))
        let provider = provider(transport, store: RecordingTokenStore(log: EventLog(), state: TokenBox(live)))
        let client = ConfluenceClient(site: try Site.cloudGateway(cloudId: "c"), auth: provider, transport: transport)
        let user = try await client.currentUser()
        #expect(user.displayName == "Me")
        #expect(await tokenCalls.value == 1)
    }

    @Test func reusingAnOldRefreshTokenIsDetectedAndRevokesTheFamily() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"))
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let (_, original) = try await server.seed()
        let first = provider(transport, store: RecordingTokenStore(log: EventLog(), state: TokenBox(expiredTokens(refresh: original))))
        #expect(try await first.authorization(for: request) == "Bearer access-2")
        // A second copy still holding the spent token (e.g. restored from a backup) tries to use it.
        let staleBox = TokenBox(expiredTokens(refresh: original))
        let stale = provider(transport, store: RecordingTokenStore(log: EventLog(), state: staleBox))
        let error = await #expect(throws: OAuthError.self) { try await stale.authorization(for: request) }
        #expect(error?.isRefreshRefused == true)
        #expect(await staleBox.needsLogin)
        #expect(try server.isLive("refresh-2") == false)
    }

    @Test func aRotatedTokenSurvivesACrashRightAfterTheDurableWrite() async throws {
        let directory = try temporaryConfig()
        let serverState = directory.file("server.json")
        let server = FakeAuthorizationServer(stateURL: serverState)
        let (_, original) = try await server.seed()
        let accounts = AccountStore(directory: directory)
        var account = makeAccount("oauth", kind: .oauth3LO)
        account.cloudId = "cloud-1"
        try await accounts.add(account)
        let credentials = CredentialsFile(directory: directory)
        try await credentials.setTokens(expiredTokens(access: "access-1", refresh: original), forAccount: "oauth")

        let outcome = try await runHelper(["refresh-and-crash", directory.url.path, serverState.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")

        let stored = try #require(try credentials.entry(forAccount: "oauth").tokens)
        #expect(stored.refreshToken?.reveal() == "refresh-2")
        #expect(try server.isLive("refresh-2"))
        #expect(try server.isLive(original) == false)
        // A new process picks up the stored token and it still works.
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let store = CredentialsTokenStore(accountName: "oauth", credentials: credentials, accounts: accounts)
        var expired = stored
        expired.expiresAt = Date().addingTimeInterval(-1)
        try await credentials.setTokens(expired, forAccount: "oauth")
        let next = provider(transport, store: store)
        #expect(try await next.authorization(for: request) == "Bearer access-3")
        #expect(try credentials.entry(forAccount: "oauth").tokens?.refreshToken?.reveal() == "refresh-3")
        #expect(try server.refreshCalls() == 2)
    }

    @Test func twoProvidersSharingAFileStoreRotateOnceNotTwice() async throws {
        let directory = try temporaryConfig()
        let server = FakeAuthorizationServer(stateURL: directory.file("server.json"))
        let (_, original) = try await server.seed()
        let accounts = AccountStore(directory: directory)
        let credentials = CredentialsFile(directory: directory)
        var account = makeAccount("oauth", kind: .oauth3LO)
        account.cloudId = "cloud-1"
        try await accounts.add(account)
        try await credentials.setTokens(expiredTokens(refresh: original), forAccount: "oauth")
        let transport = InMemoryTransport(handler: { try await server.handle($0) })
        let store = CredentialsTokenStore(accountName: "oauth", credentials: credentials, accounts: accounts)
        let a = provider(transport, store: store)
        let b = provider(transport, store: store)
        async let first = a.authorization(for: request)
        async let second = b.authorization(for: request)
        let headers = try await [first, second]
        #expect(headers == ["Bearer access-2", "Bearer access-2"])
        #expect(try server.refreshCalls() == 1)
        #expect(try accounts.account(named: "oauth").needsLogin == false)
    }
}

/// A counter shared by concurrent handlers.
actor Counter {
    private(set) var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
