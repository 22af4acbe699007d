import Foundation
import Testing
@testable import ConfluenceKit

/// The per-site limit of requests in flight holds under many concurrent callers, and waiting is cancellable.
struct ConcurrencyLimitTests {
    actor Gauge {
        var current = 0
        var peak = 0
        func enter() { current += 1; peak = max(peak, current) }
        func leave() { current -= 1 }
    }

    @Test func fiftyConcurrentCallsNeverExceedEightInFlight() async throws {
        let gauge = Gauge()
        let harness = Fixture.harness { _ in
            await gauge.enter()
            for _ in 0..<20 { await Task.yield() }
            await gauge.leave()
            return Fixture.json(#"{"type":"known","accountId":"a1"}"#)
        }
        try await withThrowingTaskGroup(of: User.self) { group in
            for _ in 0..<50 { group.addTask { try await harness.client.currentUser() } }
            var count = 0
            for try await _ in group { count += 1 }
            #expect(count == 50)
        }
        #expect(await gauge.peak <= 8)
        #expect(await gauge.peak >= 2)
        #expect(await harness.transport.requests.count == 50)
    }

    @Test func theLimitIsConfigurableAndSharedBetweenClients() async throws {
        let gauge = Gauge()
        let limiter = ConcurrencyLimiter(limit: 3)
        let handler: InMemoryTransport.Handler = { _ in
            await gauge.enter()
            for _ in 0..<20 { await Task.yield() }
            await gauge.leave()
            return Fixture.json(#"{"type":"known"}"#)
        }
        let first = Fixture.harness(configure: { $0.sharedLimiter = limiter }, handler: handler)
        let second = Fixture.harness(configure: { $0.sharedLimiter = limiter }, handler: handler)
        try await withThrowingTaskGroup(of: User.self) { group in
            for index in 0..<30 {
                let client = index.isMultiple(of: 2) ? first.client : second.client
                group.addTask { try await client.currentUser() }
            }
            for try await _ in group {}
        }
        #expect(await gauge.peak <= 3)
        #expect(await limiter.highWaterMark == 3)
    }

    @Test func waitersAreServedInArrivalOrder() async throws {
        let limiter = ConcurrencyLimiter(limit: 1)
        try await limiter.acquire()
        let order = OrderLog()
        var tasks: [Task<Void, any Error>] = []
        for index in 0..<5 {
            tasks.append(Task {
                try await limiter.acquire()
                await order.append(index)
                await limiter.release()
            })
            // Let each waiter enqueue before the next one starts.
            while await limiter.waiterCount < index + 1 { await Task.yield() }
        }
        await limiter.release()
        for task in tasks { try await task.value }
        #expect(await order.values == [0, 1, 2, 3, 4])
    }

    @Test func aCancelledWaiterLeavesTheQueueWithoutTakingAPermit() async throws {
        let limiter = ConcurrencyLimiter(limit: 1)
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        while await limiter.waiterCount < 1 { await Task.yield() }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        while await limiter.waiterCount > 0 { await Task.yield() }
        await limiter.release()
        // The permit is free again: acquiring does not wait.
        try await limiter.acquire()
        #expect(await limiter.waiterCount == 0)
    }

    @Test func cancellingACallerWaitingForAPermitThrowsCancelledAndSendsNothing() async throws {
        let gate = Gate()
        let harness = Fixture.harness(configure: { $0.maxConcurrentRequests = 1 }) { _ in
            await gate.wait()
            return Fixture.json(#"{"type":"known"}"#)
        }
        let first = Task { try await harness.client.currentUser() }
        while await harness.transport.requests.count < 1 { await Task.yield() }
        let second = Task { try await harness.client.currentUser() }
        while await harness.client.executor.limiter.waiterCount < 1 { await Task.yield() }
        second.cancel()
        let error = await #expect(throws: ConfluenceError.self) { try await second.value }
        #expect(error?.kind == .cancelled)
        await gate.open()
        #expect(try await first.value.type == "known")
        #expect(await harness.transport.requests.count == 1)
    }

    /// Suspends callers until opened.
    actor Gate {
        private var isOpen = false
        private var waiting: [CheckedContinuation<Void, Never>] = []
        func wait() async {
            if isOpen { return }
            await withCheckedContinuation { waiting.append($0) }
        }
        func open() {
            isOpen = true
            waiting.forEach { $0.resume() }
            waiting.removeAll()
        }
    }

    actor OrderLog {
        var values: [Int] = []
        func append(_ value: Int) { values.append(value) }
    }
}
