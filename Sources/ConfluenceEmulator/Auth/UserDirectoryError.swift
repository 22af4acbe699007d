/// A users file that could not be read; the description names the file and the problem.
public struct UserDirectoryError: Error, Sendable, CustomStringConvertible {
    let path: String
    let detail: String

    public var description: String { "cannot use users file \(path): \(detail)" }
}
