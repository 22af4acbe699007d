#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a directory with `opendir(3)`, so a failure keeps its `errno` (missing, not a directory, no access).
public enum DirectoryEntries {
    /// The entry names in `path`, without `.` and `..`, in no particular order.
    public static func names(in path: String) throws(FileSystemError) -> [String] {
        guard let stream = opendir(path) else { throw FileSystemError.lastError("list", path: path) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
