// Key-to-frame latency, time to first frame and peak memory of the real browser loop (issue 5).
//
// The app runs with the grid backend (ScriptedScreen) against the emulator over loopback:
//   1. the demo site: time from start to the first frame, and to the spaces being listed;
//   2. `--synthetic 50000` in one space: open it, expand the first roots' subtrees, then scroll and filter;
//   3. the same 50,000 pages flattened under the home page, so expanding it loads the whole tree into one
//      list (250 per request), then scrolling and filtering all 50,000 rows; peak RSS after that.
// Run it with Benchmarks/browser.sh (release build).
import BrowserApp
import ConfluenceEmulator
import ConfluenceKit
import Foundation
import TerminalKit

/// Milliseconds with one decimal.
func ms(_ duration: Duration) -> String {
    String(format: "%.1f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
}

/// The peak resident set size of this process, in MiB.
func peakRSS() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The current resident set size of this process, in MiB (from /proc/self/status).
func currentRSS() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

/// A client on the emulator's demo user.
func client(for server: EmulatorServer) throws -> ConfluenceClient {
    ConfluenceClient(site: try .cloud(server.siteURL), credential: .apiToken(email: "demo@example.com", token: "demo-token"),
                     transport: AsyncHTTPClientTransport())
}

/// Runs a script through the real loop and returns the screen with its timings.
@MainActor
func run(_ script: [ScriptedScreen.Step], backend: any BrowserBackend) async -> ScriptedScreen {
    let screen = ScriptedScreen(width: 120, height: 40, script: script + [.key(.char("q"))])
    _ = await BrowserApp.run(screen: screen, backend: backend, options: BrowserOptions(openURL: { .showURL($0) }))
    if let failed = screen.failedWait { print("warning: a wait timed out: \(failed)") }
    return screen
}

/// Median, p99 and max of key-to-frame latencies.
func summary(_ timings: [ScriptedScreen.KeyTiming]) -> String {
    let sorted = timings.map(\.latency).sorted()
    guard !sorted.isEmpty else { return "no keys" }
    let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
    return "keys \(sorted.count)  median \(ms(sorted[sorted.count / 2]))  p99 \(ms(p99))  max \(ms(sorted.last!))"
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

// 1. Start to first frame on the demo site.
let demo = try await EmulatorServer.start(site: try .load(directory: repository.appendingPathComponent("Assets/demo-site")))
var firstFrames: [Duration] = []
var spacesListed: [Duration] = []
for _ in 0..<5 {
    let started = ContinuousClock.now
    let screen = await run([.waitForText("Engineering", timeoutMilliseconds: 10_000)], backend: ConfluenceBackend(client: try client(for: demo)))
    spacesListed.append(started.duration(to: .now))
    if let first = screen.firstFrameAfter { firstFrames.append(first) }
}
await demo.stop()
print("demo site: first frame \(ms(firstFrames.sorted()[firstFrames.count / 2])) (median of \(firstFrames.count)), start to quit with spaces listed \(ms(spacesListed.sorted()[spacesListed.count / 2]))")

// 2. A 50,000-page space.
let generationStarted = ContinuousClock.now
let big = ConfluenceEmulator.Site.synthetic(SyntheticOptions(pages: 50_000, spaces: 1))
print("synthetic site of 50,000 pages generated in \(ms(generationStarted.duration(to: .now)))")
let server = try await EmulatorServer.start(site: big)
let backend = ConfluenceBackend(client: try client(for: server))
let firstSpace = try await backend.spaces().first!
let roots = try await backend.rootItems(spaceKey: firstSpace.key)
var script: [ScriptedScreen.Step] = [
    .waitForText(firstSpace.name, timeoutMilliseconds: 30_000),
    .key(.enter),
    .waitForText(roots[0].title, timeoutMilliseconds: 30_000),
]
// Expand every root and the first children under them, waiting for each to load.
for _ in roots.prefix(3) {
    script += [.key(.enter), .waitForText("▾", timeoutMilliseconds: 120_000), .key(.char("j"))]
}
script += Array(repeating: .key(.char("j")), count: 300)
script += [.key(.char("G")), .key(.char("g"))]
script += Array(repeating: .key(.pageDown), count: 100)
script += Array(repeating: .key(.ctrl("u")), count: 40)
script += [.key(.char("/")), .text("design"), .key(.backspace), .key(.backspace), .text("gn"), .key(.escape)]
script += Array(repeating: .key(.char("k")), count: 100)
let screen = await run(script, backend: backend)
let loaded = await server.requestLog.count
await server.stop()
let scrolled = screen.timings.filter { if case .enter = $0.key { false } else { true } }
print("50,000-page space: \(summary(scrolled)) (scrolling and filtering; \(loaded) requests loaded the tree)")

// 3. The whole 50,000-page tree loaded in one list.
let small = ConfluenceEmulator.Site.synthetic(SyntheticOptions(pages: 50_000, spaces: 1, includeFolders: false, medianBodyBytes: 300))
let home = small.spaces[0].homepageId ?? small.contents[0].id
var flattened = small.contents
var position = 0
for index in flattened.indices where flattened[index].id != home {
    flattened[index].parentId = home
    flattened[index].position = position
    position += 1
}
let bodies = Dictionary(uniqueKeysWithValues: flattened.filter { $0.kind == .page }.map { ($0.id, small.body(ofContent: $0.id)) })
let flat = try ConfluenceEmulator.Site(title: small.title, users: small.users, spaces: small.spaces, contents: flattened, bodies: bodies)
let flatServer = try await EmulatorServer.start(site: flat)
let flatBackend = ConfluenceBackend(client: try client(for: flatServer))
let flatSpace = try await flatBackend.spaces().first!
var whole: [ScriptedScreen.Step] = [
    .waitForText(flatSpace.name, timeoutMilliseconds: 30_000),
    .key(.enter),
    .waitForText("▸", timeoutMilliseconds: 30_000),
    .key(.enter),
    .waitForText("▾", timeoutMilliseconds: 300_000),
]
whole += Array(repeating: .key(.char("j")), count: 300)
whole += [.key(.char("G")), .key(.char("g"))]
whole += Array(repeating: .key(.pageDown), count: 100)
whole += Array(repeating: .key(.ctrl("u")), count: 40)
whole += [.key(.char("/")), .text("design"), .key(.backspace), .key(.backspace), .text("gn"), .key(.escape)]
whole += Array(repeating: .key(.char("k")), count: 100)
let baseline = currentRSS()
let wholeScreen = await run(whole, backend: flatBackend)
let afterApp = currentRSS()
let wholeRequests = await flatServer.requestLog.count
await flatServer.stop()
let wholeKeys = wholeScreen.timings.filter { if case .enter = $0.key { false } else { true } }
print("whole 50,000-node tree in one list: \(summary(wholeKeys)) (\(wholeRequests) requests loaded it)")
print(String(format: "peak RSS %.1f MiB for the whole process (the app plus the in-process emulator and its three sites); resident before the whole-tree run %.1f MiB, after it %.1f MiB, so the browser with 50,000 nodes loaded holds about %.1f MiB", peakRSS(), baseline, afterApp, afterApp - baseline))
