public import Foundation

/// The time source of the client: monotonic time for durations, sleeping for backoff, and the wall clock for HTTP dates.
public protocol ClientClock: Sendable {
    /// Monotonic time since an arbitrary origin.
    func now() -> Duration
    /// Suspends for the duration; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
    /// The wall-clock date, used to read an HTTP-date `Retry-After`.
    func currentDate() -> Date
}

/// The real clock.
public struct SystemClock: ClientClock {
    private let origin = ContinuousClock.now

    /// Creates a clock whose origin is now.
    public init() {}

    public func now() -> Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }

    public func currentDate() -> Date { Date() }
}
