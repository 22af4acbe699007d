public import Foundation
import Synchronization

/// A clock for tests: sleeping returns at once, advances virtual time and is recorded.
public final class VirtualClock: ClientClock {
    private struct State {
        var elapsed: Duration = .zero
        var sleeps: [Duration] = []
        var date: Date
    }

    private let state: Mutex<State>

    /// Creates a clock at virtual time zero whose wall clock reads `date`.
    public init(date: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        state = Mutex(State(date: date))
    }

    public func now() -> Duration {
        state.withLock { $0.elapsed }
    }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        advance(by: duration)
        state.withLock { $0.sleeps.append(duration) }
        await Task.yield()
    }

    public func currentDate() -> Date {
        state.withLock { $0.date }
    }

    /// Moves virtual time (and the wall clock) forward without recording a sleep, e.g. to model latency.
    public func advance(by duration: Duration) {
        state.withLock {
            $0.elapsed += duration
            $0.date += duration.timeInterval
        }
    }

    /// Every duration slept so far, in order.
    public var sleeps: [Duration] {
        state.withLock { $0.sleeps }
    }
}
