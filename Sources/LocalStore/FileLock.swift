public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock between processes (and between tasks of one process), held with `flock(2)` on a lock file.
///
/// Each acquisition opens the lock file anew, so two tasks in the same process contend just as two
/// processes do. The lock file is created with mode 0600 and never deleted (deleting it would let
/// two writers lock two different files).
public struct FileLock: Sendable {
    /// The lock file, e.g. `<config>/sources/.lock`.
    public let url: URL
    /// How often a waiting acquisition tries again.
    public let pollInterval: Duration

    /// Creates a lock over `url`; nothing is opened until `withLock` runs.
    public init(url: URL, pollInterval: Duration = .milliseconds(10)) {
        self.url = url
        self.pollInterval = pollInterval
    }

    /// Runs `body` while holding the lock, waiting at most `timeout` for another holder to let go.
    ///
    /// Throws `FileSystemError` (with `isLockTimeout`) when the wait runs out, `CancellationError` when
    /// the task is cancelled while waiting, and whatever `body` throws. The lock is released when
    /// `body` returns or throws.
    @discardableResult
    public func withLock<T>(
        timeout: Duration = .seconds(10),
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws -> T
    ) async throws -> T {
        let descriptor = try await acquire(timeout: timeout)
        defer {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        return try await body()
    }

    private func acquire(timeout: Duration) async throws -> Int32 {
        let path = url.path
        let descriptor = systemOpen(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileSystemError.lastError("open the lock file", path: path) }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return descriptor }
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(descriptor)
                throw FileSystemError(.system(action: "lock", code: code), path: path)
            }
            guard clock.now < deadline else {
                close(descriptor)
                let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
                throw FileSystemError(.lockTimeout(seconds: seconds), path: path)
            }
            do {
                try await Task.sleep(for: pollInterval)
            } catch {
                close(descriptor)
                throw error
            }
        }
    }
}
