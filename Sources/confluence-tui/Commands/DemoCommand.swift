import ArgumentParser
import BrowserApp
import ConfluenceEmulator
import ConfluenceKit
import DataSources
import Foundation
import LocalStore
import TerminalKit

/// `confluence-tui demo`: the whole product on the built-in Confluence emulator, no account or network needed.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the browser on a built-in demo site (no account needed).",
        discussion: "The emulator runs inside this process on 127.0.0.1 and stops when you quit."
    )

    @Option(help: "Serve this site directory instead of the demo site (the checkout's Assets/demo-site, else the copy built into the binary).")
    var site: String?

    @Option(parsing: .unconditional, help: "Serve a generated site of N pages instead.")
    var synthetic: Int?

    @Option(parsing: .unconditional, help: "Put every generated page in this many spaces (1 gives one huge space).")
    var syntheticSpaces: Int?

    @Option(help: "cloud or datacenter.")
    var flavor: FlavorArgument = .cloud

    @Option(name: .customLong("latency-ms"), parsing: .unconditional, help: "Add this latency to every request, to see a slow site.")
    var latencyMs: Int = 0

    @Option(name: .customLong("rate-limit"), parsing: .unconditional, help: "Allow this many requests per second, answering 429 beyond it.")
    var rateLimit: Double?

    @Flag(help: "Draw borders without box characters.")
    var ascii = false

    func validate() throws {
        if site != nil, synthetic != nil { throw ValidationError("choose --site or --synthetic, not both") }
        if let synthetic, !(1...100_000).contains(synthetic) { throw ValidationError("--synthetic takes 1 to 100000 pages") }
        if latencyMs < 0 { throw ValidationError("--latency-ms cannot be negative") }
        if let rateLimit, rateLimit <= 0 { throw ValidationError("--rate-limit takes a positive number of requests per second") }
    }

    func run() async throws {
        try NCursesScreen.requireTerminal()
        let server = try await DemoSite.start(
            directory: site.map { URL(fileURLWithPath: $0) },
            synthetic: synthetic.map { SyntheticOptions(pages: $0, spaces: syntheticSpaces) },
            flavor: flavor.flavor,
            faults: faultRules
        )
        let backend = ConfluenceBackend(client: DemoSite.client(for: server), displayName: "demo")
        let cloud = flavor == .cloud
        let template = ConfluenceDataSource(serverURL: server.siteURL.absoluteString,
                                            authenticationMechanism: .basic, userName: cloud ? "demo@example.com" : "demo")
        let scratch = DemoScratch.claim()
        defer { DemoScratch.release(scratch) }
        var options = BrowserOptions(
            accounts: [Account(name: "demo", detail: "\(flavor) emulator at \(server.siteURL.absoluteString)", sourceTemplate: template)],
            definitionStore: DefinitionStore(configDirectory: scratch)
        )
        options.definitionsLastUntilExit = true
        do {
            try await BrowserApp.runInTerminal(backend: backend, ascii: ascii, options: options)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private var faultRules: [FaultRule] {
        var rules: [FaultRule] = []
        if latencyMs > 0 { rules.append(FaultRule(.latency(milliseconds: latencyMs, jitter: latencyMs / 4))) }
        if let rateLimit { rules.append(FaultRule(.rateLimit(requestsPerSecond: rateLimit, burst: max(1, Int(rateLimit.rounded(.up)))))) }
        return rules
    }
}
