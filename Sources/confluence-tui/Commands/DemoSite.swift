import ConfluenceEmulator
import ConfluenceKit
import Foundation

/// Finds the demo site and starts the emulator on it, for `demo` and the end-to-end scripts.
enum DemoSite {
    /// The copy of the demo site built into the binary could not be unpacked.
    struct Unpacking: Error, CustomStringConvertible {
        var reason: String
        var description: String { "the demo site built into confluence-tui could not be unpacked: \(reason); pass --site DIR" }
    }

    /// Starts the emulator on a directory, on a generated site, or on the demo site: `Assets/demo-site` of the checkout
    /// being worked on when there is one, else the copy built into the binary.
    static func start(directory: URL?, synthetic: SyntheticOptions?, flavor: Flavor, faults: [FaultRule]) async throws -> EmulatorServer {
        let site: ConfluenceEmulator.Site
        if let synthetic {
            site = .synthetic(synthetic)
        } else if let directory = directory ?? locate() {
            site = try .load(directory: directory)
        } else {
            site = try loadEmbedded()
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

    /// `Assets/demo-site` above the working directory or the executable, if there is one.
    static func locate() -> URL? {
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
        return nil
    }

    /// The demo site built into the binary, unpacked into a temporary folder that is removed once it is read.
    static func loadEmbedded() throws -> ConfluenceEmulator.Site {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("confluence-tui-demo-site-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            for file in EmbeddedDemoSite.files {
                guard let bytes = Data(base64Encoded: file.base64) else { throw Unpacking(reason: "\(file.path) is not base64") }
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
        } catch let error as Unpacking {
            throw error
        } catch {
            throw Unpacking(reason: error.localizedDescription)
        }
        return try .load(directory: folder)
    }
}
