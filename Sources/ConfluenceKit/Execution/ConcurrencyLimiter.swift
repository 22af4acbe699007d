/// Caps the requests in flight; waiters are served first come, first served, and a cancelled waiter leaves the queue.
///
/// The cap adapts to the server: each throttling answer (429) halves it, down to one, and every `recoveryStreak`
/// successes in a row raise it by one, back up to the configured ceiling (additive increase, multiplicative decrease).
/// A throttling answer's delay also pauses the whole site (`pausedUntil`): the requests waiting their turn wait it out
/// too, rather than each being sent, refused and told to wait on its own.
public actor ConcurrencyLimiter {
    private var held = 0
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextWaiterID: UInt64 = 0
    private var successStreak = 0
    /// The most permits ever held at once, for tests and diagnostics.
    public private(set) var highWaterMark = 0
    /// The permits currently allowed at once: the ceiling, or less after throttling.
    public private(set) var currentLimit: Int
    /// The configured cap the limit recovers to.
    public let ceiling: Int
    /// Successes in a row that raise the limit by one after throttling.
    public let recoveryStreak: Int
    /// The time on the client's clock before which the site asked for no request, if a throttling answer asked.
    public private(set) var pausedUntil: Duration?

    /// Creates a limiter allowing `limit` holders at once (at least 1).
    public init(limit: Int, recoveryStreak: Int = 8) {
        self.ceiling = max(1, limit)
        self.currentLimit = max(1, limit)
        self.recoveryStreak = max(1, recoveryStreak)
    }

    /// How many tasks are waiting for a permit.
    public var waiterCount: Int { waiters.count }

    /// Waits for a permit; throws `CancellationError` if the task is cancelled while waiting.
    public func acquire() async throws {
        try Task.checkCancellation()
        if held < currentLimit && waiters.isEmpty {
            take()
            return
        }
        let id = nextWaiterID
        nextWaiterID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Returns a permit and hands free permits to the longest waiters.
    public func release() {
        held -= 1
        admitWaiters()
    }

    /// The server throttled a request: halve the limit (at least one) and start counting successes afresh.
    public func recordThrottled() {
        successStreak = 0
        currentLimit = max(1, currentLimit / 2)
    }

    /// The site asked for no request before `time` (on the client's clock); a later pause already asked for stands.
    public func pause(until time: Duration) {
        pausedUntil = max(pausedUntil ?? time, time)
    }

    /// A request succeeded: after enough in a row, raise a reduced limit by one.
    public func recordSuccess() {
        guard currentLimit < ceiling else { return }
        successStreak += 1
        if successStreak >= recoveryStreak {
            successStreak = 0
            currentLimit += 1
            admitWaiters()
        }
    }

    private func admitWaiters() {
        while held < currentLimit, !waiters.isEmpty {
            take()
            waiters.removeFirst().continuation.resume()
        }
    }

    private func take() {
        held += 1
        highWaterMark = max(highWaterMark, held)
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
