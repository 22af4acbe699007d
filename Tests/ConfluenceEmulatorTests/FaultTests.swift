import Foundation
import Testing
@testable import ConfluenceEmulator

/// Every fault, switched on per route from the test while the server runs.
struct FaultTests {
    let probe = HTTPProbe()

    @Test func latencyDelaysMatchingRoutesOnly() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.latency(milliseconds: 250), path: "/wiki/api/v2/*"))
            let clock = ContinuousClock()
            let slow = try await clock.measure {
                _ = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .cloudDemo)
            }
            _ = try await probe.send(server.url("/wiki/rest/api/space"), credential: .cloudDemo)
            #expect(slow >= .milliseconds(250))
            let records = await server.requestLog.records
            #expect(records[0].durationMilliseconds >= 250)
            // The server's own time for the other route: a client-side clock also counts a loaded machine's scheduling.
            #expect(records[1].durationMilliseconds < 250)
            #expect(records[0].faults == ["latency"])
            #expect(records[1].faults.isEmpty)
        }
    }

    @Test func jitterIsSeededAndRepeatable() async {
        func delays(seed: UInt64) async -> [Int] {
            let injector = FaultInjector(rules: [FaultRule(.latency(milliseconds: 10, jitter: 50))], seed: seed)
            var result: [Int] = []
            for _ in 0..<20 { result.append(await injector.decide(path: "/x").delayMilliseconds) }
            return result
        }
        let first = await delays(seed: 42)
        #expect(first == (await delays(seed: 42)))
        #expect(first != (await delays(seed: 43)))
        #expect(first.allSatisfy { (10...60).contains($0) })
        #expect(Set(first).count > 5)
    }

    @Test func tokenBucketAnswers429WithRetryAfterAndRateHeaders() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.rateLimit(requestsPerSecond: 0.2, burst: 2), path: "/wiki/api/v2/*"))
            var statuses: [Int] = []
            var last: HTTPReply?
            for _ in 0..<3 {
                let reply = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .cloudDemo)
                statuses.append(reply.status)
                #expect(reply.header("X-RateLimit-Limit") == "2")
                last = reply
            }
            #expect(statuses == [200, 200, 429])
            let limited = try #require(last)
            let retryAfter = try #require(limited.header("Retry-After").flatMap { Int($0) })
            #expect((1...5).contains(retryAfter))
            #expect(limited.header("X-RateLimit-Remaining") == "0")
            #expect(limited.header("X-RateLimit-NearLimit") == "true")
            #expect(limited.header("X-RateLimit-Reset")?.hasSuffix("Z") == true)
            let error = (try limited.object()["errors"] as? [[String: Any]])?.first
            #expect(error?["status"] as? Int == 429)
            // Other routes are not limited.
            #expect(try await probe.send(server.url("/wiki/rest/api/space"), credential: .cloudDemo).status == 200)
            let log = await server.requestLog.records
            #expect(log.map(\.status) == [200, 200, 429, 200])
        }
    }

    @Test func serverErrorsForAFixedNumberOfRequests() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let rule = await server.faults.add(FaultRule(.serverError(rate: 1, status: 503), path: "/wiki/rest/api/space", times: 2))
            var statuses: [Int] = []
            for _ in 0..<3 { statuses.append(try await probe.send(server.url("/wiki/rest/api/space"), credential: .cloudDemo).status) }
            #expect(statuses == [503, 503, 200])
            #expect(await server.faults.firedCount(rule) == 2)
            let failed = try await probe.send(server.url("/wiki/rest/api/space"), credential: .cloudDemo)
            #expect(failed.status == 200)
            let log = await server.requestLog.records
            #expect(log.prefix(2).allSatisfy { $0.faults == ["serverError"] && $0.status == 503 })
        }
    }

    @Test func serverErrorRateIsSeeded() async {
        func outcomes(seed: UInt64) async -> [Bool] {
            let injector = FaultInjector(rules: [FaultRule(.serverError(rate: 0.3))], seed: seed)
            var result: [Bool] = []
            for _ in 0..<200 { result.append(await injector.decide(path: "/a").rejection != nil) }
            return result
        }
        let first = await outcomes(seed: 9)
        #expect(first == (await outcomes(seed: 9)))
        let rate = Double(first.filter { $0 }.count) / 200
        #expect(rate > 0.15 && rate < 0.45)
    }

    @Test func resetMidBodyDropsTheConnection() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.resetMidBody, path: "/wiki/api/v2/pages/102", times: 1))
            await #expect(throws: (any Error).self) {
                _ = try await probe.send(server.url("/wiki/api/v2/pages/102?body-format=storage"), credential: .cloudDemo)
            }
            let retry = try await probe.send(server.url("/wiki/api/v2/pages/102?body-format=storage"), credential: .cloudDemo)
            #expect(retry.status == 200)
            #expect(try retry.object()["id"] as? String == "102")
        }
    }

    @Test func truncatedBodyIsValidHTTPButBrokenJSON() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.truncatedBody, path: "/wiki/rest/api/content/*"))
            let reply = try await probe.send(server.url("/wiki/rest/api/content/102?expand=body.storage"), credential: .cloudDemo)
            #expect(reply.status == 200)
            #expect(reply.body.count > 10)
            #expect(throws: (any Error).self) { _ = try JSONSerialization.jsonObject(with: reply.body) }
        }
    }

    @Test func slowBodyArrivesWholeButLate() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.slowBody(chunkBytes: 200, delayMilliseconds: 40), path: "/wiki/api/v2/pages/*"))
            let clock = ContinuousClock()
            var reply: HTTPReply?
            let elapsed = try await clock.measure {
                reply = try await probe.send(server.url("/wiki/api/v2/pages/103?body-format=storage"), credential: .cloudDemo)
            }
            let body = try #require(reply)
            let chunks = (body.body.count + 199) / 200
            #expect(chunks >= 3)
            #expect(elapsed >= .milliseconds(40 * (chunks - 1)))
            #expect(try body.object()["id"] as? String == "103")
        }
    }

    @Test func repeatingCursorPointsBackAtTheSamePage() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            await server.faults.add(FaultRule(.repeatingCursor, path: "/wiki/*"))
            let first = try await probe.send(server.url("/wiki/api/v2/spaces?limit=1"), credential: .cloudDemo).object()
            let next = try #require((first["_links"] as? [String: Any])?["next"] as? String)
            let second = try await probe.send(server.url(next), credential: .cloudDemo).object()
            #expect((second["_links"] as? [String: Any])?["next"] as? String == next)
            #expect((second["results"] as? [[String: Any]])?.first?["key"] as? String == "ENG")
            let search = try await probe.send(server.url("/wiki/rest/api/search?cql=type%3Dpage&limit=2"), credential: .cloudDemo).object()
            let searchNext = try #require((search["_links"] as? [String: Any])?["next"] as? String)
            let again = try await probe.send(server.url("/wiki" + searchNext), credential: .cloudDemo).object()
            #expect((again["_links"] as? [String: Any])?["next"] as? String == searchNext)
        }
    }

    @Test func removedRulesStopApplying() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let rule = await server.faults.add(FaultRule(.serverError(rate: 1, status: 500)))
            let failing = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .cloudDemo)
            await server.faults.remove(rule)
            let healthy = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .cloudDemo)
            #expect(failing.status == 500)
            #expect(healthy.status == 200)
        }
    }

    @Test func globMatchesPaths() {
        #expect(FaultRule(.truncatedBody, path: "*").matches(path: "/anything/at/all"))
        #expect(FaultRule(.truncatedBody, path: "/wiki/api/v2/pages/*").matches(path: "/wiki/api/v2/pages/1/children"))
        #expect(!FaultRule(.truncatedBody, path: "/wiki/api/v2/pages/*").matches(path: "/wiki/api/v2/spaces"))
        #expect(FaultRule(.truncatedBody, path: "*/label").matches(path: "/rest/api/content/5/label"))
        #expect(!FaultRule(.truncatedBody, path: "/rest/api/space").matches(path: "/rest/api/space/ENG"))
    }
}
