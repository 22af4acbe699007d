public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: readers see the old file or the new one, never a mix.
///
/// The bytes go to a temporary file in the same directory, which is given `mode`, flushed with
/// `fsync`, renamed over the target, and then the directory itself is flushed so the rename
/// survives a crash. When anything fails before the rename, the temporary file is removed and the
/// original file is untouched.
///
/// - Note: `mode` is an octal permission such as `0o600` (Swift's `0600` is decimal). It is applied
///   with `fchmod`, so the process umask does not loosen or tighten it.
/// A symbolic link at the target (a configuration file kept with one's dotfiles) is followed when replacing: the file
/// it leads to is replaced, in that file's directory, and the link stays.
public enum AtomicFile {
    /// Where a streaming write sends its bytes; valid only inside the `write(to:mode:_:)` closure.
    public struct Sink {
        fileprivate let descriptor: Int32
        fileprivate let path: String

        /// Appends `data` to the temporary file.
        public func write(_ data: Data) throws(FileSystemError) {
            let failure: Int32? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
                var offset = 0
                while offset < buffer.count {
                    let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
            if let failure {
                throw FileSystemError(.system(action: "write the temporary file", code: failure), path: path)
            }
        }
    }

    /// Writes `data` to `url` atomically with permissions `mode` (for example `0o600`). Unless `replacing`, anything
    /// already at `url` (a dangling link too) is left alone and the write fails with `EEXIST`, with no window between
    /// checking and writing: the finished file is linked to its name, which fails when the name is taken.
    public static func write(_ data: Data, to url: URL, mode: Int = 0o644, replacing: Bool = true) throws(FileSystemError) {
        do {
            try write(to: url, mode: mode, replacing: replacing) { sink in try sink.write(data) }
        } catch let error as FileSystemError {
            throw error
        } catch {
            preconditionFailure("a data write only throws FileSystemError")
        }
    }

    /// Writes what `produce` sends to the sink, atomically, to `url` with permissions `mode`.
    ///
    /// When `produce` throws, its error is rethrown unchanged and the original file is untouched. Unless `replacing`,
    /// a name already taken fails the write with `EEXIST`.
    public static func write(to url: URL, mode: Int = 0o644, replacing: Bool = true, _ produce: (Sink) throws -> Void) throws {
        let url = replacing ? try following(url) : url
        let target = url.path
        let directory = url.deletingLastPathComponent().path
        let (descriptor, temporary) = try createTemporary(beside: url)
        var open = true
        do {
            if fchmod(descriptor, mode_t(mode)) != 0 {
                throw FileSystemError.lastError("set the permissions of", path: temporary)
            }
            try produce(Sink(descriptor: descriptor, path: temporary))
            if fsync(descriptor) != 0 {
                throw FileSystemError.lastError("flush", path: temporary)
            }
            open = false
            if close(descriptor) != 0 {
                throw FileSystemError.lastError("close", path: temporary)
            }
            if replacing {
                if rename(temporary, target) != 0 { throw FileSystemError.lastError("replace", path: target) }
            } else {
                if link(temporary, target) != 0 { throw FileSystemError.lastError("create", path: target) }
                unlink(temporary)
            }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
        // The new contents are in place; a directory that cannot be flushed only makes the rename less durable,
        // and reporting the write as failed would be untrue.
        try? syncDirectory(directory)
    }

    /// Where the symbolic links at `url`, if any, lead: the path a write replaces. A link that leads nowhere gives the
    /// path it names, which the write creates.
    private static func following(_ url: URL) throws(FileSystemError) -> URL {
        var current = url
        for _ in 0..<Self.maximumLinks {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else { return current }
            current = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appendingPathComponent(destination)
        }
        throw FileSystemError(.system(action: "follow the links at", code: ELOOP), path: url.path)
    }

    /// The most symbolic links followed from one target, as the kernel's own limit.
    private static var maximumLinks: Int { 40 }

    /// Opens a new, exclusive temporary file named `.NAME.tmp-RANDOM` in the target's directory, first removing
    /// those of a writer that died before its rename.
    private static func createTemporary(beside url: URL) throws(FileSystemError) -> (Int32, String) {
        let directory = url.deletingLastPathComponent()
        removeLeftovers(of: url)
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let path = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)").path
            let descriptor = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, path) }
            if errno != EEXIST {
                throw FileSystemError.lastError("create a temporary file in", path: directory.path)
            }
        }
        throw FileSystemError(.system(action: "create a temporary file in", code: EEXIST), path: directory.path)
    }

    /// Removes `.NAME.tmp-*` files older than ten minutes beside `url`: a crash between creating one and renaming it
    /// leaves a copy (of the credentials, say) that nothing else would ever remove. A writer at work is younger.
    private static func removeLeftovers(of url: URL) {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).tmp-"
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let path = directory.appendingPathComponent(name).path
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  -modified.timeIntervalSinceNow > 600 else { continue }
            unlink(path)
        }
    }

    /// Flushes a directory so a rename inside it is durable; file systems that cannot do so are accepted.
    public static func syncDirectory(_ path: String) throws(FileSystemError) {
        let descriptor = systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard descriptor >= 0 else { throw FileSystemError.lastError("open the directory", path: path) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL, errno != ENOTSUP {
            throw FileSystemError.lastError("flush the directory", path: path)
        }
    }
}

/// `open(2)` with an explicit mode (the variadic C function is not callable from Swift as is).
func systemOpen(_ path: String, _ flags: Int32, _ mode: Int) -> Int32 {
    open(path, flags, mode_t(mode))
}

/// `write(2)`.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
