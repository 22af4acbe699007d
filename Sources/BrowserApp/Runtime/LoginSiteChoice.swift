import Synchronization

/// Hands the site a person picks in the login dialog to the login task waiting for it; cancelling that task
/// ends the wait, whether it comes before or after the wait starts.
final class LoginSiteChoice: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<Int, any Error>)
        case cancelled
    }

    private let state = Mutex(State.idle)

    /// Waits for `resolve`; throws `CancellationError` when the task is cancelled.
    func wait() async throws -> Int {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
                let cancelled = state.withLock { state -> Bool in
                    if case .cancelled = state { return true }
                    state = .waiting(continuation)
                    return false
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let waiting = state.withLock { state -> CheckedContinuation<Int, any Error>? in
                defer { state = .cancelled }
                if case .waiting(let continuation) = state { return continuation }
                return nil
            }
            waiting?.resume(throwing: CancellationError())
        }
    }

    /// Ends the wait with the chosen index; does nothing when nobody waits.
    func resolve(_ index: Int) {
        let waiting = state.withLock { state -> CheckedContinuation<Int, any Error>? in
            guard case .waiting(let continuation) = state else { return nil }
            state = .idle
            return continuation
        }
        waiting?.resume(returning: index)
    }
}
