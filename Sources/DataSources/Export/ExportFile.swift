public import Foundation
import LocalStore

/// Writes an export to a file of its own, never over one that exists: a shell script ready to run, and private
/// to its owner when it holds a secret. The browser's `w` and `sources export --output` both write through it.
public enum ExportFile {
    /// Writes `text` to `url` atomically; anything already there (a file, a folder, a link, even a dangling one) is left
    /// as it is and the write refused, with no window between the check and the write.
    ///
    /// - Note: The mode is `0o777` for a `.sh` file and `0o666` otherwise, cut by `umask` (the process's) as a file any
    ///   tool creates is (`0o755`, `0o644` under the usual `022`), and to the owner's bits (`0o700`, `0o600`) when `holdsSecret`.
    public static func write(_ text: String, to url: URL, holdsSecret: Bool, umask: Int? = nil) throws(ExportFileError) {
        let mode = FileCreationMask.applied(to: url.pathExtension == "sh" ? 0o777 : 0o666, mask: umask ?? FileCreationMask.current)
        do {
            try AtomicFile.write(Data(text.utf8), to: url, mode: holdsSecret ? mode & 0o700 : mode, replacing: false)
        } catch where error.code == EEXIST {
            throw ExportFileError(.exists(path: url.path))
        } catch where error.code == ENOENT {
            throw ExportFileError(.noFolder(path: url.deletingLastPathComponent().path))
        } catch {
            throw ExportFileError(.fileSystem(error))
        }
    }
}
