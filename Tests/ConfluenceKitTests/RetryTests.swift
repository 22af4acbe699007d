import Foundation
import Testing
@testable import ConfluenceKit

/// Retries honour Retry-After (clamped), back off with jitter on 5xx and transport errors, and give up with the right error.
struct RetryTests {
    static let userTarget = "/wiki/rest/api/user/current"
    static let userJSON = #"{"type":"known","accountId":"a1"}"#

    /// A handler that answers from a script, one response (or failure) per call.
    static func script(_ steps: [Result<HTTPResponse, TransportError>]) -> InMemoryTransport.Handler {
        let remaining = Script(steps)
        return { _ in try await remaining.next().get() }
    }

    actor Script {
        var steps: [Result<HTTPResponse, TransportError>]
        init(_ steps: [Result<HTTPResponse, TransportError>]) { self.steps = steps }
        func next() -> Result<HTTPResponse, TransportError> {
            steps.isEmpty ? .failure(.other("script exhausted")) : steps.removeFirst()
        }
    }

    @Test func a429WithRetryAfterSecondsWaitsThatLong() async throws {
        let harness = Fixture.harness(handler: Self.script([
            .success(Fixture.json("{}", status: 429, headers: ["Retry-After": "7"])),
            .success(Fixture.json(Self.userJSON)),
        ]))
        let user = try await harness.client.currentUser()
        #expect(user.accountId == "a1")
        #expect(harness.clock.sleeps == [.seconds(7)])
        #expect(await harness.transport.requests.count == 2)
    }

    @Test func a503WithAnHTTPDateRetryAfterWaitsUntilThen() async throws {
        let clock = VirtualClock(date: Date(timeIntervalSince1970: 1_445_412_480)) // Wed, 21 Oct 2015 07:28:00 GMT
        let harness = Fixture.harness(configure: { $0.clock = clock }, handler: Self.script([
            .success(Fixture.json("{}", status: 503, headers: ["Retry-After": "Wed, 21 Oct 2015 07:28:12 GMT"])),
            .success(Fixture.json(Self.userJSON)),
        ]))
        _ = try await harness.client.currentUser()
        #expect(clock.sleeps == [.seconds(12)])
    }

    @Test func anAbsurdRetryAfterIsClampedToTheMaximum() async throws {
        let harness = Fixture.harness(handler: Self.script([
            .success(Fixture.json("{}", status: 429, headers: ["Retry-After": "86400000"])),
            .success(Fixture.json(Self.userJSON)),
        ]))
        _ = try await harness.client.currentUser()
        #expect(harness.clock.sleeps == [.seconds(60)])
    }

    @Test func theClampIsConfigurable() async throws {
        let harness = Fixture.harness(configure: { $0.retry.maxRetryAfter = .seconds(5) }, handler: Self.script([
            .success(Fixture.json("{}", status: 429, headers: ["Retry-After": "3600"])),
            .success(Fixture.json(Self.userJSON)),
        ]))
        _ = try await harness.client.currentUser()
        #expect(harness.clock.sleeps == [.seconds(5)])
    }

    @Test func fiveHundredsThenSuccessBackOffExponentiallyWithinTheJitterBounds() async throws {
        let harness = Fixture.harness(handler: Self.script([
            .success(Fixture.json("{}", status: 500)),
            .success(Fixture.json("{}", status: 502)),
            .failure(.connectionReset),
            .success(Fixture.json(Self.userJSON)),
        ]))
        _ = try await harness.client.currentUser()
        let sleeps = harness.clock.sleeps
        #expect(sleeps.count == 3)
        let ceilings: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2)]
        for (sleep, ceiling) in zip(sleeps, ceilings) {
            #expect(sleep >= .zero && sleep <= ceiling)
        }
    }

    @Test func theSameSeedGivesTheSameJitter() async throws {
        func sleeps() async throws -> [Duration] {
            let harness = Fixture.harness(handler: Self.script([
                .success(Fixture.json("{}", status: 500)), .success(Fixture.json("{}", status: 500)), .success(Fixture.json(Self.userJSON)),
            ]))
            _ = try await harness.client.currentUser()
            return harness.clock.sleeps
        }
        let first = try await sleeps()
        let second = try await sleeps()
        #expect(first == second)
        #expect(first[0] != first[1])
    }

    @Test func givingUpReportsTheLastStatusAndTheAttempts() async throws {
        let harness = Fixture.harness(handler: { _ in Fixture.json(#"{"statusCode":503,"message":"Service is in maintenance","reason":"Service Unavailable"}"#, status: 503) })
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(error?.kind == .server)
        #expect(error?.status == 503)
        #expect(error?.attempts == 5)
        #expect(error?.description == "503 Service Unavailable on https://acme.atlassian.net (GET \(Self.userTarget)) after 5 attempts. The server said: Service is in maintenance")
        #expect(await harness.transport.requests.count == 5)
        #expect(harness.clock.sleeps.count == 4)
    }

    @Test func givingUpOnRateLimitsIsRateLimited() async throws {
        let harness = Fixture.harness(configure: { $0.retry.maxAttempts = 3; $0.retry.maxThrottledWait = .zero }, handler: { _ in
            Fixture.json("{}", status: 429, headers: ["Retry-After": "2"])
        })
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(error?.kind == .rateLimited)
        #expect(harness.clock.sleeps == [.seconds(2), .seconds(2)])
    }

    @Test func throttlingCostsNoAttemptWhileItsWaitBudgetLasts() async throws {
        let harness = Fixture.harness(configure: { $0.retry.maxAttempts = 3; $0.retry.maxThrottledWait = .seconds(6) }, handler: { _ in
            Fixture.json("{}", status: 429, headers: ["Retry-After": "2"])
        })
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(error?.kind == .rateLimited)
        // Three waits fit the 6 s budget and cost nothing; then the 3 attempts run out as for any other failure.
        #expect(harness.clock.sleeps == Array(repeating: .seconds(2), count: 5))
        #expect(await harness.transport.requests.count == 6)
        #expect(error?.attempts == 3 && error?.throttledSends == 3)
        #expect(error?.description.hasSuffix(" after 3 attempts (and 3 throttled sends waited out)") == true, "\(error?.description ?? "")")
    }

    @Test func transportErrorsExhaustIntoATransportError() async throws {
        let harness = Fixture.harness(configure: { $0.retry.maxAttempts = 2 }, handler: { _ in throw TransportError.timeout })
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(error?.kind == .transport)
        #expect(error?.description == "the request timed out on https://acme.atlassian.net (GET \(Self.userTarget)) after 2 attempts")
    }

    @Test func aPostIsNeverRetried() async throws {
        let harness = Fixture.harness(handler: { _ in Fixture.json("{}", status: 503, headers: ["Retry-After": "1"]) })
        let url = harness.client.site.url("/rest/api/content")
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.executor.send(.post, url, body: Data("{}".utf8)) }
        #expect(error?.attempts == 1)
        #expect(await harness.transport.requests.count == 1)
        #expect(harness.clock.sleeps.isEmpty)
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let harness = Fixture.harness(handler: { _ in Fixture.json(#"{"statusCode":400,"message":"Could not parse cql : x","reason":"Bad Request"}"#, status: 400) })
        await #expect(throws: ConfluenceError.self) { try await harness.client.count(cql: "x") }
        #expect(await harness.transport.requests.count == 1)
    }

    @Test func cancellationIsNotRetried() async throws {
        let harness = Fixture.harness(handler: { _ in throw TransportError.cancelled })
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(error?.kind == .cancelled)
        #expect(await harness.transport.requests.count == 1)
    }

    @Test func eachAttemptCarriesTheConfiguredTimeout() async throws {
        let harness = Fixture.harness(configure: { $0.requestTimeout = .seconds(7) }, handler: Self.script([
            .failure(.timeout), .success(Fixture.json(Self.userJSON)),
        ]))
        _ = try await harness.client.currentUser()
        #expect(await harness.transport.requests.map(\.timeout) == [.seconds(7), .seconds(7)])
    }

    @Test func aHostThatDoesNotExistIsAskedOnceAndNamed() async throws {
        let harness = Fixture.harness(handler: Self.script([.failure(.unknownHost("notaurl")), .success(Fixture.json(Self.userJSON))]))
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(await harness.transport.requests.count == 1)
        #expect(error?.description.hasPrefix("could not find the host notaurl (DNS) on ") == true)
        #expect(error?.description.hasSuffix("; check the site's address") == true)
    }
}

/// The auth provider can refresh after a 401 exactly once per request.
struct RefreshTests {
    actor RotatingProvider: AuthProvider {
        var token = "old-token"
        var refreshes = 0
        let refreshSucceeds: Bool
        init(refreshSucceeds: Bool) { self.refreshSucceeds = refreshSucceeds }
        var identity: CredentialIdentity { CredentialIdentity(kindName: "OAuth access token", user: "me@example.com") }
        func authorization(for request: HTTPRequest) async throws -> String? { "Bearer " + token }
        func refreshAfterUnauthorized(rejected: String?) async throws -> Bool {
            refreshes += 1
            if refreshSucceeds { token = "new-token" }
            return refreshSucceeds
        }
    }

    @Test func a401RefreshesOnceAndRetriesWithTheNewHeader() async throws {
        let provider = RotatingProvider(refreshSucceeds: true)
        let transport = InMemoryTransport { request in
            request.headers["Authorization"] == "Bearer new-token"
                ? Fixture.json(#"{"type":"known","accountId":"a1"}"#)
                : Fixture.json("{}", status: 401)
        }
        let client = ConfluenceClient(site: Fixture.cloud, auth: provider, transport: transport, configuration: ClientConfiguration(clock: VirtualClock()))
        #expect(try await client.currentUser().accountId == "a1")
        #expect(await provider.refreshes == 1)
        #expect(await transport.requests.map { $0.headers["Authorization"] } == ["Bearer old-token", "Bearer new-token"])
    }

    @Test func aSecond401IsFinalAndNamesTheCredential() async throws {
        let provider = RotatingProvider(refreshSucceeds: true)
        let transport = InMemoryTransport { _ in Fixture.json("{}", status: 401) }
        let client = ConfluenceClient(site: Fixture.cloud, auth: provider, transport: transport, configuration: ClientConfiguration(clock: VirtualClock()))
        let error = await #expect(throws: ConfluenceError.self) { try await client.currentUser() }
        #expect(error?.kind == .unauthorized)
        #expect(error?.description.hasPrefix("401: the OAuth access token was refused for me@example.com on https://acme.atlassian.net") == true)
        #expect(await provider.refreshes == 1)
        #expect(await transport.requests.count == 2)
    }

    @Test func aStaticCredentialIsNotRetriedAfter401() async throws {
        let harness = Fixture.harness(handler: { _ in Fixture.json("{}", status: 401) })
        await #expect(throws: ConfluenceError.self) { try await harness.client.currentUser() }
        #expect(await harness.transport.requests.count == 1)
    }
}
