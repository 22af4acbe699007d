public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Data {
    /// The file at `path`, at most `limit` bytes of it; a failure names the path and the system's reason ("No such file
    /// or directory", "Permission denied", "Is a directory"), which `FileManager.contents(atPath:)` drops. A file
    /// longer than `limit` (a device like `/dev/zero` never ends) is refused rather than read into memory.
    public init(readingFileAt path: String, limit: Int = .max) throws(FileSystemError) {
        self = try Self.contents(of: path, limit: limit, stoppingAt: nil, regularOnly: false)
    }

    /// `init(readingFileAt:limit:)` for a file the program keeps (configuration, definitions): one that is not a regular
    /// file, such as a FIFO whose opening would wait for a writer forever, is refused unread.
    public init(readingStoredFileAt path: String, limit: Int) throws(FileSystemError) {
        self = try Self.contents(of: path, limit: limit, stoppingAt: nil, regularOnly: true)
    }

    /// The first line of the file at `path`, without its line feed; a line longer than `limit` bytes is refused, and
    /// nothing after the line is read.
    public init(readingFirstLineOf path: String, limit: Int) throws(FileSystemError) {
        self = try Self.contents(of: path, limit: limit, stoppingAt: UInt8(ascii: "\n"), regularOnly: false)
    }

    /// Reads `path` up to its end or the first `terminator` (left out), refusing more than `limit` bytes before it, and
    /// with `regularOnly` anything but a regular file.
    private static func contents(of path: String, limit: Int, stoppingAt terminator: UInt8?, regularOnly: Bool) throws(FileSystemError) -> Data {
        // Opened without waiting, a FIFO is found out by its type rather than blocking until something writes to it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { throw FileSystemError.lastError("read", path: path) }
        defer { close(descriptor) }
        if regularOnly {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { throw FileSystemError.lastError("read", path: path) }
            guard status.st_mode & S_IFMT == S_IFREG else { throw FileSystemError(.notRegularFile, path: path) }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        }
        var contents = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError.lastError("read", path: path)
            }
            let end = terminator.flatMap { chunk[..<count].firstIndex(of: $0) } ?? count
            guard end <= limit - contents.count else { throw FileSystemError(.tooLarge(limit: limit, line: terminator != nil), path: path) }
            contents.append(contentsOf: chunk[..<end])
            if end < count { break }
        }
        return contents
    }
}
