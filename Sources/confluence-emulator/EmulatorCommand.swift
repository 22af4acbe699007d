import ArgumentParser
import ConfluenceEmulator
import Foundation
import TerminalKit

/// `confluence-emulator`: serves a site directory or a synthetic site over loopback HTTP until SIGINT/SIGTERM.
@main
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confluence-emulator",
        abstract: "A loopback Confluence (Cloud v1/v2 or Data Center) serving a site directory or a synthetic site.")

    @Option(name: .long, help: "Serve this site directory (see the site format README).")
    var site: String?

    @Option(name: .long, help: "Serve a deterministic synthetic site of N pages instead.")
    var synthetic: Int?

    @Option(name: .long, help: "Number of spaces of the synthetic site (1 puts every page in one space).")
    var syntheticSpaces: Int?

    @Option(name: .long, help: "cloud or datacenter.")
    var flavor: String = "cloud"

    private var resolvedFlavor: Flavor { Flavor(rawValue: flavor) ?? .cloud }

    @Option(name: .long, help: "Data Center context path, e.g. /confluence.")
    var contextPath: String = ""

    @Option(name: .long, help: "Port to bind on 127.0.0.1 (0 picks a free one).")
    var port: Int = 0

    @Option(name: .long, help: "Fixed latency added to every request, in milliseconds.")
    var latencyMs: Int = 0

    @Option(name: .long, help: "Random extra latency of up to this many milliseconds.")
    var jitterMs: Int = 0

    @Option(name: .long, help: "Token-bucket rate limit in requests per second (429 with Retry-After beyond it).")
    var rateLimit: Double?

    @Option(name: .long, help: "Fraction (0...1) of requests answered with 503.")
    var failRate: Double = 0

    @Option(name: .long, help: "Only requests whose path matches this glob (* any run of characters) are failed by --fail-rate.")
    var failPath = "*"

    @Option(name: .long, help: "Seed for the synthetic site and every fault.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "JSON file of extra users with the spaces each may see.")
    var users: String?

    @Option(name: .customLong("llamacloud-project"),
            help: "Serve LlamaCloud's /api/v1/data-sources for this project id (repeat for more; the first is the default).")
    var llamaCloudProjects: [String] = []

    @Option(name: .customLong("llamacloud-key-env"), help: "The environment variable holding the LlamaCloud API key the endpoint accepts.")
    var llamaCloudKeyVariable = "LLAMA_CLOUD_API_KEY"

    @Option(name: .long, help: "Lifetime of OAuth 2.0 (3LO) access tokens, in seconds (Cloud).")
    var accessTokenLifetime: Int = 3600

    @Option(name: .long, help: "Append one line per request to this file (method, path, status, time; never a credential).")
    var requestLog: String?

    func validate() throws {
        guard (site == nil) != (synthetic == nil) else {
            throw ValidationError("Give exactly one of --site DIR or --synthetic N.")
        }
        if let synthetic, synthetic < 1 || synthetic > 1_000_000 {
            throw ValidationError("--synthetic takes a page count from 1 to 1000000.")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 (a free port) or a port from 1 to 65535.") }
        guard Flavor(rawValue: flavor) != nil else { throw ValidationError("--flavor takes cloud or datacenter.") }
        guard (0...1).contains(failRate) else { throw ValidationError("--fail-rate takes a fraction from 0 to 1.") }
        guard latencyMs >= 0, jitterMs >= 0 else { throw ValidationError("--latency-ms and --jitter-ms cannot be negative.") }
        if let rateLimit, rateLimit <= 0 { throw ValidationError("--rate-limit takes a positive number of requests per second.") }
        guard accessTokenLifetime >= 1 else { throw ValidationError("--access-token-lifetime takes a positive number of seconds.") }
        if !llamaCloudProjects.isEmpty, llamaCloudKey == nil {
            throw ValidationError("--llamacloud-project needs the API key in $\(llamaCloudKeyVariable).")
        }
    }

    /// The LlamaCloud key from the environment (never from the command line, so it stays out of `ps`).
    private var llamaCloudKey: String? {
        ProcessInfo.processInfo.environment[llamaCloudKeyVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    func run() async throws {
        let loaded: Site
        let started = ContinuousClock.now
        if let site {
            loaded = try Site.load(directory: URL(fileURLWithPath: site))
        } else {
            loaded = Site.synthetic(SyntheticOptions(pages: synthetic ?? 0, seed: seed, spaces: syntheticSpaces))
        }
        let loadTime = started.duration(to: .now)
        var rules: [FaultRule] = []
        if latencyMs > 0 || jitterMs > 0 { rules.append(FaultRule(.latency(milliseconds: latencyMs, jitter: jitterMs))) }
        if let rateLimit { rules.append(FaultRule(.rateLimit(requestsPerSecond: rateLimit, burst: max(1, Int(rateLimit.rounded(.up)))))) }
        if failRate > 0 { rules.append(FaultRule(.serverError(rate: failRate), path: failPath)) }
        var directory = UserDirectory()
        if let users { directory = try UserDirectory.load(file: URL(fileURLWithPath: users)) }
        let server = try await EmulatorServer.start(site: loaded, configuration: EmulatorConfiguration(
            flavor: resolvedFlavor, port: port, contextPath: contextPath, users: directory, faults: rules, seed: seed,
            llamaCloud: llamaCloudKey.flatMap { llamaCloudProjects.isEmpty ? nil : LlamaCloudAccount(apiKey: $0, projectIDs: llamaCloudProjects) },
            oauth: OAuthConfiguration(accessTokenLifetime: .seconds(accessTokenLifetime)), requestLogPath: requestLog))
        let stopSignals = StopSignals()
        printBanner(server, loaded: loaded, loadTime: loadTime)
        await stopSignals.wait()
        await server.stop()
        FileHandle.standardOutput.write(Data("confluence-emulator stopped\n".utf8))
    }

    private func printBanner(_ server: EmulatorServer, loaded: Site, loadTime: Duration) {
        let milliseconds = Double(loadTime.components.seconds) * 1000 + Double(loadTime.components.attoseconds) / 1e15
        var banner = "confluence-emulator (\(flavor)) serving \"\(Sanitizer.clean(loaded.title))\": \(loaded.spaces.count) spaces, "
            + "\(loaded.pageCount) pages (ready in \(Int(milliseconds)) ms)\n"
        banner += "base URL: \(server.baseURL.absoluteString)\nsite URL: \(server.siteURL.absoluteString)\n"
        switch resolvedFlavor {
        case .cloud:
            let client = OAuthClientRegistration.demo
            banner += "credentials: basic demo@example.com / demo-token\n"
            banner += "OAuth 2.0 (3LO): authorization server and API gateway \(server.baseURL.absoluteString), "
                + "client \(client.clientId) (secret \(client.clientSecret)), callbacks \(client.redirectURIs.joined(separator: " ")) (any port), "
                + "access tokens live \(accessTokenLifetime) s\n"
        case .dataCenter: banner += "credentials: Bearer demo-pat, or basic demo / demo\n"
        }
        if server.configuration.llamaCloud != nil {
            banner += "LlamaCloud: \(server.llamaCloudBaseURL.absoluteString)/api/v1/data-sources for projects "
                + llamaCloudProjects.joined(separator: ", ") + " (Bearer key from $\(llamaCloudKeyVariable))\n"
        }
        FileHandle.standardOutput.write(Data(banner.utf8))
    }
}
