#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file operation failed; the description names the path and the system's reason (never file contents).
public struct FileSystemError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        /// A system call failed: what we were doing, and `errno`.
        case system(action: String, code: Int32)
        /// Another holder kept the lock past the timeout.
        case lockTimeout(seconds: Double)
    }

    let reason: Reason
    /// The file or directory concerned.
    public let path: String

    init(_ reason: Reason, path: String) {
        self.reason = reason
        self.path = path
    }

    /// A failure of the system call just made, with the current `errno`.
    public static func lastError(_ action: String, path: String) -> FileSystemError {
        FileSystemError(.system(action: action, code: errno), path: path)
    }

    /// The `errno` value of a failed system call, if that is what happened.
    public var code: Int32? {
        if case .system(_, let code) = reason { return code }
        return nil
    }

    /// Whether the failure was a lock wait that timed out.
    public var isLockTimeout: Bool {
        if case .lockTimeout = reason { return true }
        return false
    }

    /// The system's reason alone ("Permission denied"), for a sentence that names the path itself.
    public var cause: String {
        switch reason {
        case .system(_, let code): String(cString: strerror(code))
        case .lockTimeout: description
        }
    }

    public var description: String {
        switch reason {
        case .system(let action, let code):
            "could not \(action) \(path): \(String(cString: strerror(code)))"
        case .lockTimeout(let seconds):
            "another confluence-tui process is writing (it holds the lock \(path)); gave up after \(Self.format(seconds)) seconds"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
