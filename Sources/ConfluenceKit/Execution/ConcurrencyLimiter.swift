/// Caps the requests in flight; waiters are served first come, first served, and a cancelled waiter leaves the queue.
public actor ConcurrencyLimiter {
    private var available: Int
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextWaiterID: UInt64 = 0
    /// The most permits ever held at once, for tests and diagnostics.
    public private(set) var highWaterMark = 0
    private let limit: Int

    /// Creates a limiter allowing `limit` holders at once (at least 1).
    public init(limit: Int) {
        self.limit = max(1, limit)
        self.available = max(1, limit)
    }

    /// How many tasks are waiting for a permit.
    public var waiterCount: Int { waiters.count }

    /// Waits for a permit; throws `CancellationError` if the task is cancelled while waiting.
    public func acquire() async throws {
        try Task.checkCancellation()
        if available > 0 {
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

    /// Returns a permit, handing it straight to the longest waiter if there is one.
    public func release() {
        if waiters.isEmpty {
            available = min(available + 1, limit)
        } else {
            waiters.removeFirst().continuation.resume()
        }
    }

    private func take() {
        available -= 1
        highWaterMark = max(highWaterMark, limit - available)
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
