import Foundation
import LocalStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and atomically replacing one file of the configuration folder.
struct ConfigFileIO: Sendable {
    /// The file.
    let url: URL
    /// The permissions a write gives it.
    let mode: Int

    /// The file's bytes, or nil when it does not exist. A file larger than `limit` (the configuration is kilobytes) is
    /// refused unread.
    func contents() throws(AccountsError) -> Data? {
        do {
            return try Data(readingStoredFileAt: url.path, limit: Self.limit)
        } catch where error.code == ENOENT {
            return nil
        } catch {
            throw AccountsError.file(error)
        }
    }

    /// The most a configuration file may hold.
    static let limit = 16 << 20

    /// The permission bits of the file, or nil when it does not exist.
    func permissions() throws(AccountsError) -> Int? {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw AccountsError(.system(action: "inspect", path: url.path, code: errno))
        }
        return Int(info.st_mode) & 0o777
    }

    /// Creates the file's folder (mode 0700) when it is missing, so its lock file can be opened.
    func prepareFolder() throws(AccountsError) {
        do {
            try ConfigDirectory(url: url.deletingLastPathComponent()).create()
        } catch {
            throw AccountsError.file(error)
        }
    }

    /// Replaces the file with `data` atomically and durably.
    func write(_ data: Data) throws(AccountsError) {
        do {
            try AtomicFile.write(data, to: url, mode: mode)
        } catch {
            throw AccountsError.file(error)
        }
    }
}
