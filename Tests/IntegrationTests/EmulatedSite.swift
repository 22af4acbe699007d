import ConfluenceEmulator
import ConfluenceKit
import Foundation
import TestSupport

/// A running emulator on the demo site plus a client pointed at it, for one flavour.
struct EmulatedSite {
    let server: EmulatorServer
    let client: ConfluenceClient

    /// Starts the emulator with the demo site and builds a client with a small page size, so lists span several pages.
    static func start(
        _ flavor: Flavor,
        pageSize: Int = 5,
        faults: [FaultRule] = [],
        retry: RetryPolicy = RetryPolicy(baseDelay: .milliseconds(5), maxBackoff: .milliseconds(50), maxRetryAfter: .seconds(1))
    ) async throws -> EmulatedSite {
        let site = try ConfluenceEmulator.Site.load(directory: RepositoryPaths.demoSite)
        let server = try await EmulatorServer.start(site: site, configuration: EmulatorConfiguration(flavor: flavor, faults: faults))
        let clientSite: ConfluenceKit.Site
        let credential: Credential
        switch flavor {
        case .cloud:
            clientSite = try .cloud(server.siteURL)
            credential = .apiToken(email: "demo@example.com", token: "demo-token")
        case .dataCenter:
            clientSite = try .dataCenter(server.siteURL)
            credential = .personalAccessToken("demo-pat")
        }
        let configuration = ClientConfiguration(retry: retry, requestTimeout: .seconds(10), pageSize: pageSize, jitterSeed: 7)
        let client = ConfluenceClient(site: clientSite, credential: credential, transport: AsyncHTTPClientTransport(), configuration: configuration)
        return EmulatedSite(server: server, client: client)
    }

    /// Runs a body against a fresh emulator and always stops it.
    static func with<T>(
        _ flavor: Flavor,
        pageSize: Int = 5,
        faults: [FaultRule] = [],
        _ body: (EmulatedSite) async throws -> T
    ) async throws -> T {
        let emulated = try await start(flavor, pageSize: pageSize, faults: faults)
        do {
            let result = try await body(emulated)
            await emulated.server.stop()
            return result
        } catch {
            await emulated.server.stop()
            throw error
        }
    }
}
