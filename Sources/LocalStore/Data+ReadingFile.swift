public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Data {
    /// The whole file at `path`; a failure names the path and the system's reason ("No such file or directory",
    /// "Permission denied", "Is a directory"), which `FileManager.contents(atPath:)` drops.
    public init(readingFileAt path: String) throws(FileSystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError.lastError("read", path: path) }
        defer { close(descriptor) }
        var contents = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError.lastError("read", path: path)
            }
            contents.append(contentsOf: chunk[..<count])
        }
        self = contents
    }
}
