import Foundation
import Testing

/// The shared storage-format corpus at `<package root>/../shared/storage-corpus/docs`.
enum Corpus {
    /// One corpus document.
    struct Document: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    /// The package root: the nearest folder above this file that holds `Package.swift`.
    static func packageRoot(from file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }

    /// The corpus folder.
    static var folder: URL {
        packageRoot().appendingPathComponent("../shared/storage-corpus/docs").standardizedFileURL
    }

    /// Every `*.xml` document, sorted by name; records an issue and returns nothing when the folder is absent.
    static func documents() -> [Document] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                return nil
            }
            return Document(name: name, text: String(decoding: data, as: UTF8.self))
        }
    }

    /// Fails the current test when the corpus folder is missing.
    static func requirePresent(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        if !exists {
            Issue.record("../shared/storage-corpus is absent (looked in \(folder.path)); the corpus tests cannot run",
                         sourceLocation: sourceLocation)
        }
        return exists
    }
}
