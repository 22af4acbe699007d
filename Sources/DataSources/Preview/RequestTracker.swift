import ConfluenceKit
import Synchronization

/// Follows a client's request events during a full pass: requests sent, retries, and rate-limit waits in progress.
final class RequestTracker: Sendable {
    struct Snapshot {
        var requests = 0
        var retries = 0
        var rateLimitWaits = 0
        var rateLimitWaitTotal: Duration = .zero
        var currentWait: Duration?
    }

    private struct State {
        var snapshot = Snapshot()
        /// Requests waiting on a rate limit, and when (on the clock) their wait ends.
        var waitingUntil: [UInt64: Duration] = [:]
    }

    private let state = Mutex(State())
    private let clock: any ClientClock

    init(clock: any ClientClock) {
        self.clock = clock
    }

    /// Takes one event into account; returns true when it started a rate-limit wait.
    @discardableResult
    func record(_ event: RequestEvent) -> Bool {
        let now = clock.now()
        return state.withLock { state in
            switch event.kind {
            case .started:
                state.snapshot.requests += 1
                state.waitingUntil.removeValue(forKey: event.requestID)
            case .retryScheduled(let delay, let reason):
                state.snapshot.retries += 1
                guard reason.isRateLimit else { return false }
                state.snapshot.rateLimitWaits += 1
                state.snapshot.rateLimitWaitTotal += delay
                state.waitingUntil[event.requestID] = now + delay
                return true
            case .finished, .failed:
                state.waitingUntil.removeValue(forKey: event.requestID)
            }
            return false
        }
    }

    /// The figures so far, with the longest rate-limit wait still to run.
    func snapshot() -> Snapshot {
        let now = clock.now()
        return state.withLock { state in
            var snapshot = state.snapshot
            let remaining = state.waitingUntil.values.map { $0 - now }.filter { $0 > .zero }
            snapshot.currentWait = remaining.max()
            return snapshot
        }
    }
}
