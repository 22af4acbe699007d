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

    /// The file's bytes, or nil when it does not exist.
    func contents() throws(AccountsError) -> Data? {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw AccountsError(.system(action: "read", path: url.path, code: errno))
        }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw AccountsError(.system(action: "read", path: url.path, code: errno))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

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
