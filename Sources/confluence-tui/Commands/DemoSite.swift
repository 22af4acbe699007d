import ConfluenceEmulator
import ConfluenceKit
import Foundation

/// Finds the demo site and starts the emulator on it, for `demo` and the end-to-end scripts.
enum DemoSite {
    /// The demo site is not where it was looked for.
    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "the demo site (Assets/demo-site) was not found next to the working directory or the executable; pass --site DIR"
        }
    }

    /// Starts the emulator on a directory (default: `Assets/demo-site`) or on a generated site.
    static func start(directory: URL?, synthetic: SyntheticOptions?, flavor: Flavor, faults: [FaultRule]) async throws -> EmulatorServer {
        let site: ConfluenceEmulator.Site
        if let synthetic {
            site = .synthetic(synthetic)
        } else {
            site = try .load(directory: try directory ?? locate())
        }
        return try await EmulatorServer.start(site: site, configuration: EmulatorConfiguration(flavor: flavor, faults: faults))
    }

    /// A client signed in as the emulator's demo user.
    static func client(for server: EmulatorServer) -> ConfluenceClient {
        let cloud = server.configuration.flavor == .cloud
        let site = cloud ? try? ConfluenceKit.Site.cloud(server.siteURL) : try? ConfluenceKit.Site.dataCenter(server.siteURL)
        let credential: Credential = cloud ? .apiToken(email: "demo@example.com", token: "demo-token") : .personalAccessToken("demo-pat")
        // The emulator's own URL always parses; a failure here is a programming error.
        return ConfluenceClient(site: site!, credential: credential, transport: AsyncHTTPClientTransport())
    }

    /// `Assets/demo-site` above the working directory or the executable.
    static func locate() throws -> URL {
        let starts = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("Assets/demo-site")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("site.json").path) { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw Missing()
    }
}
