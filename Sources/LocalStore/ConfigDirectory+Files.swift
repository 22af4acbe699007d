public import Foundation

extension ConfigDirectory {
    /// The URL of a file directly inside the directory, e.g. `accounts.json`.
    public func file(_ name: String) -> URL {
        url.appendingPathComponent(name, isDirectory: false)
    }

    /// Creates the directory and its missing parents with mode 0700.
    public func create() throws(FileSystemError) {
        try Self.createPrivateDirectory(url)
    }
}
