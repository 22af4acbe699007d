import Accounts
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

    /// A client secret too short to be told from a word (`s`) is not cut out of the server's error code letter by letter.
    @Test func aShortClientSecretLeavesTheServersWordsWhole() async throws {
        let transport = InMemoryTransport(handler: { _ in HTTPResponse(status: 401, text: #"{"error":"access_denied"}"#) })
        let client = OAuthClient(clientId: "client-id", clientSecret: Secret("s"), transport: transport)
        let provider = OAuthAuthProvider(accountName: "work", client: client, store: RecordingTokenStore(log: EventLog(), state: TokenBox(expiredTokens())))
        let error = await #expect(throws: OAuthError.self) { try await provider.authorization(for: request) }
        #expect(error?.description.contains("access_denied") == true, "\(String(describing: error))")
        #expect(error?.description.contains("redacted") == false)
    }

    /// A token endpoint that cannot be reached is named whole, scheme and port included, as a host of several ports needs.
    @Test func anUnreachableTokenEndpointIsNamedWhole() async throws {
        let transport = InMemoryTransport()
        for _ in 0..<5 { await transport.enqueue(failure: .connectionReset) }
        let provider = provider(transport, store: RecordingTokenStore(log: EventLog(), state: TokenBox(expiredTokens())))
        let error = await #expect(throws: OAuthError.self) { try await provider.authorization(for: request) }
        #expect(error?.description.contains("(POST https://auth.atlassian.com/oauth/token)") == true, "\(String(describing: error))")
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
}

/// A counter shared by concurrent handlers.
actor Counter {
    private(set) var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
