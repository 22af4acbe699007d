import LocalStore

/// An export could not be written to its file; the description is the sentence to show.
public struct ExportFileError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case exists(path: String)
        case noFolder(path: String)
        case fileSystem(FileSystemError)
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// Whether the path given is at fault (taken, or in no folder) rather than the disk, as a name already taken is.
    public var isInvalidInput: Bool {
        if case .fileSystem = reason { return false }
        return true
    }

    public var description: String {
        switch reason {
        case .exists(let path):
            "\(path) exists and was not replaced; write to another name, or move it away first."
        case .noFolder(let path):
            "there is no folder \(path) to write the export in; create it, or write to another path."
        case .fileSystem(let error):
            "could not write the export: \(error)"
        }
    }
}
