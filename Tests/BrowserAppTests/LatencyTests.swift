import BrowserApp
import Testing
import TerminalKit

/// Key-to-frame latency through the real loop on a 50,000-page tree (figures printed; the bound
/// asserted is loose enough for debug builds on a shared machine).
@MainActor
struct LatencyTests {
    @Test func scrollingAndFilteringA50000NodeTreeStaysInteractive() async {
        var script: [ScriptedScreen.Step] = [
            .waitForText("Big space", timeoutMilliseconds: scriptPatience),
            .key(.enter),
            .waitForText("Root of 50000 pages", timeoutMilliseconds: scriptPatience),
            .key(.enter),
            .waitForText("Page 1 設計 notes", timeoutMilliseconds: scriptPatience),
        ]
        script += Array(repeating: .key(.char("j")), count: 200)
        script += [.key(.char("G")), .key(.char("g"))]
        script += Array(repeating: .key(.pageDown), count: 50)
        script += Array(repeating: .key(.ctrl("u")), count: 20)
        script += [.key(.char("/")), .text("page 4"), .key(.backspace), .text("42"), .key(.escape)]
        script += [.key(.char("q"))]
        let screen = ScriptedScreen(width: 120, height: 40, script: script)
        let options = BrowserOptions(previewDelayMilliseconds: 120, openURL: { .showURL($0) })
        let state = await BrowserApp.run(screen: screen, backend: SyntheticBackend(count: 50_000), options: options)
        #expect(screen.failedWait == nil)
        #expect(state.isFinished)
        let scripted = screen.timings.dropFirst(2).map(\.latency).sorted()
        #expect(scripted.count > 250)
        guard !scripted.isEmpty else { return }
        let median = scripted[scripted.count / 2]
        let p99 = scripted[min(scripted.count - 1, scripted.count * 99 / 100)]
        print("LATENCY keys=\(scripted.count) median=\(median) p99=\(p99) max=\(scripted.last!) firstFrame=\(screen.firstFrameAfter.map { "\($0)" } ?? "-")")
        let slowest = screen.timings.sorted { $0.latency > $1.latency }.prefix(5).map { "\($0.key)=\($0.latency)" }
        print("LATENCY slowest: " + slowest.joined(separator: ", "))
        #expect(p99 < .milliseconds(250))
    }
}

/// The reducer and the view on their own with 50,000 loaded nodes.
struct ReducerCostTests {
    @Test func startingTheTreeFilterOn50000NodesIsCheap() {
        var h = ReducerHarness()
        h.loadSpaces([SpaceSummary(key: "BIG", name: "Big")])
        h.press(.enter)
        guard case .loadRoots(_, let token)? = h.effects.last else { Issue.record("the expected effect did not come"); return }
        h.send(.rootsLoaded(spaceKey: "BIG", token: token, .success(LoadedItems([TreeItem(id: "root", title: "Root", childCount: 50_000)], parentTitle: nil))))
        let expand = h.press(.enter)
        guard case .loadChildren(_, _, _, let childToken)? = expand.first(where: { if case .loadChildren = $0 { true } else { false } }) else { Issue.record("the expected effect did not come"); return }
        let children = (1...50_000).map { TreeItem(id: "p\($0)", title: "Page \($0) 設計 notes", childCount: 0) }
        let clock = ContinuousClock()
        let prepared = LoadedItems(children, parentTitle: "Root")
        let load = clock.measure { h.send(.childrenLoaded(nodeID: "root", token: childToken, .success(prepared))) }
        let slash = clock.measure { h.press(.char("/")) }
        let render = clock.measure { _ = AppView.grid(for: h.state, theme: Theme()) }
        let typing = clock.measure { h.type("page 4") }
        let escape = clock.measure { h.press(.escape) }
        let again = clock.measure { h.press(.char("/")) }
        print("COST load=\(load) slash=\(slash) render=\(render) typing6=\(typing) escape=\(escape) slashAgain=\(again)")
        #expect(h.state.tree.filterList?.items.count == 50_001)
        #expect(again < .seconds(1))
    }
}
