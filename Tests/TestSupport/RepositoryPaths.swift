public import Foundation

/// Locates the repository root, the demo site and `../shared` from this source file.
public enum RepositoryPaths {
    /// The folder that holds `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `Assets/demo-site`.
    public static var demoSite: URL { root.appendingPathComponent("Assets/demo-site") }

    /// `../shared` beside the repository, or an error saying it is absent.
    public static func shared() throws -> URL {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw MissingSharedFolder(path: url.path)
        }
        return url
    }
}

/// `../shared` is not beside the repository, so the tests that read its corpus and specs cannot run.
public struct MissingSharedFolder: Error, CustomStringConvertible {
    /// Where it was looked for.
    public let path: String
    public var description: String { "the shared folder \(path) is absent: the corpus and API-spec tests need ../shared beside the clone" }
}
