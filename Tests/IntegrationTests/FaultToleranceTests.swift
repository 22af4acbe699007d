import ConfluenceEmulator
import ConfluenceKit
import Foundation
import Synchronization
import Testing
import TestSupport

/// The client against a misbehaving emulator: every item arrives exactly once, retries show, errors are typed.
@Suite(.serialized)
struct FaultToleranceTests {
    let facts: DemoSiteFacts

    init() throws {
        facts = try DemoSiteFacts.load()
    }

    /// Collects the request events a client emits while a body runs.
    private func recordingEvents<T>(_ client: ConfluenceClient, _ body: () async throws -> T) async throws -> (T, [RequestEvent]) {
        let stream = client.events()
        let collector = Task {
            var events: [RequestEvent] = []
            for await event in stream { events.append(event) }
            return events
        }
        let result = try await body()
        try await Task.sleep(for: .milliseconds(50))
        collector.cancel()
        return (result, await collector.value)
    }

    private func retries(_ events: [RequestEvent]) -> [String] {
        events.compactMap { event in
            if case .retryScheduled(_, let reason) = event.kind { return reason.description }
            return nil
        }
    }

    @Test("a 429 storm: every hit arrives once and the waits show as retry events", arguments: Flavor.allCases)
    func rateLimitStorm(flavor: Flavor) async throws {
        let faults = [FaultRule(.rateLimit(requestsPerSecond: 2, burst: 1))]
        try await EmulatedSite.with(flavor, pageSize: 3, faults: faults) { emulated in
            let (ids, events) = try await recordingEvents(emulated.client) {
                try await emulated.client.search(cql: "space = OPS AND type = page").collect().compactMap { $0.content?.id }
            }
            #expect(Set(ids) == facts.pageIds(inSpace: "OPS"))
            #expect(ids.count == Set(ids).count, "no hit may arrive twice")
            #expect(retries(events).contains { $0.contains("429") })
            let throttled = await emulated.server.requestLog.records.filter { $0.status == 429 }
            #expect(!throttled.isEmpty)
        }
    }

    @Test("a port nobody listens on fails within seconds, with a sentence, after the client's own retries")
    func aRefusedConnectionFailsFast() async throws {
        let emulated = try await EmulatedSite.start(.dataCenter)
        await emulated.server.stop()
        let started = ContinuousClock.now
        let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.currentUser() }
        #expect(error?.description.hasPrefix("the connection was refused (is the server running, and is the port right?) on http://127.0.0.1:") == true)
        #expect(error?.description.hasSuffix("after 5 attempts") == true)
        #expect(ContinuousClock.now - started < .seconds(8), "before, the pool retried each connection until the 10 s request deadline")
    }

    @Test("5xx answers and connection resets are retried until the whole tree arrives once", arguments: Flavor.allCases)
    func serverErrorsAndResets(flavor: Flavor) async throws {
        let faults = [
            FaultRule(.serverError(rate: 0.2, status: 503)),
            FaultRule(.resetMidBody, probability: 0.1),
            FaultRule(.latency(milliseconds: 1, jitter: 3)),
        ]
        let baseline = try await EmulatedSite.with(flavor, pageSize: 4) { emulated in
            try await walkTree(space: "ENG", client: emulated.client)
        }
        #expect(facts.pageIds(inSpace: "ENG").isSubset(of: baseline))
        try await EmulatedSite.with(flavor, pageSize: 4, faults: faults) { emulated in
            let (ids, events) = try await recordingEvents(emulated.client) {
                try await walkTree(space: "ENG", client: emulated.client)
            }
            #expect(ids == baseline, "the faults must not lose, repeat or reorder a page")
            let reasons = retries(events)
            #expect(reasons.contains { $0.contains("503") })
            #expect(reasons.contains { !$0.contains("503") }, "a reset connection must be retried too")
        }
    }

    /// Every page id of a space's tree, walked breadth first.
    private func walkTree(space: String, client: ConfluenceClient) async throws -> [String] {
        var frontier = try await client.rootPages(spaceKey: space).collect().map(\.id)
        var seen: [String] = []
        while !frontier.isEmpty {
            seen += frontier
            var next: [String] = []
            for id in frontier {
                next += try await client.children(of: id).collect().map(\.id)
            }
            frontier = next
        }
        return seen
    }

    @Test("a truncated JSON body that never heals is a typed decoding error naming the path")
    func truncatedBody() async throws {
        try await EmulatedSite.with(.cloud, faults: [FaultRule(.truncatedBody, path: "*/spaces")]) { emulated in
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.spaces().collect() }
            let sentence = try #require(error).description
            #expect(sentence.contains("/spaces"))
        }
    }

    @Test("a repeating cursor stops with a pagination error instead of looping", arguments: Flavor.allCases)
    func repeatingCursor(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor, pageSize: 2, faults: [FaultRule(.repeatingCursor)]) { emulated in
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.spaces().collect() }
            let failure = try #require(error)
            #expect(failure.kind == .paginationLoop)
            let requests = await emulated.server.requestLog.count
            #expect(requests < 10)
        }
    }

    @Test("giving up after persistent 503s reports the attempts")
    func givingUp() async throws {
        try await EmulatedSite.with(.dataCenter, faults: [FaultRule(.serverError(rate: 1, status: 503))]) { emulated in
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.space(key: "ENG") }
            let failure = try #require(error)
            #expect(failure.status == 503)
            #expect(failure.attempts == 5)
        }
    }
}
