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
        /// The file, or its first line when `line`, holds more than `limit` bytes.
        case tooLarge(limit: Int, line: Bool)
        /// A file the program keeps is something else (a FIFO, a device, a directory).
        case notRegularFile
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
        case .tooLarge(let limit, let line): "\(line ? "its first line is" : "it is") longer than \(Self.size(limit))"
        case .notRegularFile: "it is not a regular file"
        }
    }

    public var description: String {
        switch reason {
        case .system(let action, let code):
            "could not \(action) \(path): \(String(cString: strerror(code)))"
        case .lockTimeout(let seconds):
            "another confluence-tui process is writing (it holds the lock \(path)); gave up after \(Self.format(seconds)) seconds"
        case .tooLarge(let limit, let line):
            "did not read \(path): \(line ? "its first line is" : "it is") longer than \(Self.size(limit)), more than it can hold"
        case .notRegularFile:
            "did not read \(path): it is not a regular file"
        }
    }

    /// `bytes` in KiB or MiB, whichever is whole.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
