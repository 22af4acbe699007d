import Foundation
@testable import ConfluenceEmulator

/// Paths and sites the tests use.
enum TestSites {
    /// The fixture site directory next to these tests.
    static var fixtureDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("site")
    }

    /// The package root (the folder holding Package.swift), found by walking up from this file.
    static var packageRoot: URL? {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    static func fixture() throws -> Site {
        try Site.load(directory: fixtureDirectory)
    }

    /// A fixed clock for CQL date functions: 2025-06-01T00:00:00Z.
    static let fixedNow = Timestamp(year: 2025, month: 6, day: 1)
}

/// Runs `body` against a freshly started emulator and always stops it.
func withEmulator<T>(_ site: Site, _ configuration: EmulatorConfiguration = EmulatorConfiguration(now: { TestSites.fixedNow }),
                     _ body: (EmulatorServer) async throws -> T) async throws -> T {
    let server = try await EmulatorServer.start(site: site, configuration: configuration)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

extension EmulatorServer {
    /// `origin + path` (path includes `/wiki` or the context path as a client would send it).
    func url(_ path: String) -> String {
        baseURL.absoluteString + path
    }
}
