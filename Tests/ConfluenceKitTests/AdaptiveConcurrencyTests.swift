import Foundation
import Testing
@testable import ConfluenceKit

/// Throttling halves the in-flight limit and a run of successes restores it, so a 429 storm is not made worse.
struct AdaptiveConcurrencyTests {
    @Test func throttlingHalvesTheLimitDownToOneAndSuccessesRaiseItBackToTheCeiling() async {
        let limiter = ConcurrencyLimiter(limit: 8, recoveryStreak: 2)
        await limiter.recordThrottled()
        #expect(await limiter.currentLimit == 4)
        for _ in 0..<3 { await limiter.recordThrottled() }
        #expect(await limiter.currentLimit == 1)
        await limiter.recordSuccess()
        #expect(await limiter.currentLimit == 1)
        await limiter.recordSuccess()
        #expect(await limiter.currentLimit == 2)
        // A throttle in the middle of a streak starts the count again.
        await limiter.recordSuccess()
        await limiter.recordThrottled()
        await limiter.recordSuccess()
        #expect(await limiter.currentLimit == 1)
        for _ in 0..<40 { await limiter.recordSuccess() }
        #expect(await limiter.currentLimit == 8)
    }

    @Test func aRaisedLimitAdmitsAWaiterAtOnce() async throws {
        let limiter = ConcurrencyLimiter(limit: 2, recoveryStreak: 1)
        await limiter.recordThrottled()
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        while await limiter.waiterCount < 1 { await Task.yield() }
        await limiter.recordSuccess()
        try await waiter.value
        #expect(await limiter.highWaterMark == 2)
    }

    @Test func afterA429TheClientSendsAtMostHalfAsManyRequestsAtOnce() async throws {
        let gate = ConcurrencyLimitTests.Gate()
        let calls = Counter()
        let harness = Fixture.harness { _ in
            switch await calls.next() {
            case 1: return Fixture.json("{}", status: 429, headers: ["Retry-After": "0"])
            case 2: return Fixture.json(#"{"type":"known"}"#)
            default:
                await gate.wait()
                return Fixture.json(#"{"type":"known"}"#)
            }
        }
        let limiter = harness.client.executor.limiter
        _ = try await harness.client.currentUser()  // throttled once, then retried
        #expect(await limiter.currentLimit == 4)
        let tasks = (0..<10).map { _ in Task { try await harness.client.currentUser() } }
        while await harness.transport.requests.count < 6 { await Task.yield() }
        while await limiter.waiterCount < 6 { await Task.yield() }
        #expect(await harness.transport.requests.count == 6)  // the first two plus four in flight
        await gate.open()
        for task in tasks { _ = try await task.value }
        // Eleven successes with the default streak of eight raise the limit by one; never above it.
        #expect(await limiter.currentLimit == 5)
        #expect(await limiter.highWaterMark <= 5)
    }

    /// A 429's Retry-After holds every request to the site: those queued behind the throttled one wait it out rather
    /// than each being sent and refused in turn.
    @Test func aRetryAfterPausesTheRequestsQueuedBehindIt() async throws {
        let refused = Counter()
        let clockBox = ClockBox()
        let harness = Fixture.harness(configure: { $0.maxConcurrentRequests = 1 }) { _ in
            guard let clock = clockBox.clock, clock.now() >= .seconds(3) else {
                _ = await refused.next()
                return Fixture.json("{}", status: 429, headers: ["Retry-After": "3"])
            }
            return Fixture.json(#"{"type":"known"}"#)
        }
        clockBox.clock = harness.clock
        let tasks = (0..<6).map { _ in Task { try await harness.client.currentUser() } }
        for task in tasks { _ = try await task.value }
        #expect(await refused.next() - 1 == 1, "only the first request was refused; the rest waited out its pause")
    }

    /// The harness's clock, read by the handler made before the harness.
    final class ClockBox: @unchecked Sendable {
        var clock: VirtualClock?
    }

    /// Numbers calls from one.
    actor Counter {
        private var count = 0
        func next() -> Int {
            count += 1
            return count
        }
    }
}
