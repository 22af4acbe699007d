import BrowserApp
import Testing
import TerminalKit

/// The children of the selected node and of the rows in view are looked up without expanding them, so the tree
/// marks leaves as leaves.
struct ChildrenPeekTests {
    /// The harness with ENG open, its first root ("Getting started") selected and its peek not yet answered.
    private func openedENG() -> ReducerHarness {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        return h
    }

    /// The row of the pages pane (the left column at 80x24) that shows `title`, cut where the preview starts.
    private func treeRow(of title: String, in screen: String) -> String {
        let left = screen.split(separator: "\n").map { $0.components(separatedBy: "││")[0] }
        return left.first { $0.hasPrefix("│") && $0.contains(title) } ?? ""
    }

    @Test func selectingANodePeeksAtItsChildrenAndKeepsItCollapsed() {
        var h = openedENG()
        #expect(h.peeks.map(\.id) == ["1", "2"], "the selected node, then the rows in view not known to be leaves")
        h.answer(h.effects)
        let node = h.state.tree.model.nodes["1"]
        #expect(node?.isExpanded == false)
        #expect(node?.children == .loaded(["11", "12"]))
        #expect(h.treeTitles == ["Getting started", "Architecture 架构", "Release notes 🚀"])
        let row = treeRow(of: "Getting started", in: h.screen)
        #expect(row.hasPrefix("│▸ Getting started") && row.hasSuffix("2"), "the row shows the child count: \(row)")
        // Expanding is now instant: no load.
        #expect(h.press(.enter).allSatisfy { if case .loadChildren = $0 { false } else { true } })
        #expect(h.treeTitles.contains("Install 安装"))
    }

    @Test func everyRowInViewLearnsWhetherItHasChildrenFromOneRestingSelection() {
        var h = openedENG()
        h.answer(h.effects)
        let expansion = h.press(.char("j"), .enter)    // Architecture, known from the first peek: expanded at once
        #expect(!expansion.contains { if case .loadChildren = $0 { true } else { false } })
        #expect(h.peeks.map(\.id) == ["21"], "the row that came into view is peeked (the others are known)")
        h.answer(expansion)
        let screen = h.screen
        #expect(treeRow(of: "Getting started", in: screen).hasSuffix("2"), "a parent in view shows its child count")
        #expect(treeRow(of: "Diagrams", in: screen).hasSuffix("1"), "a row that came into view learnt its children")
        #expect(treeRow(of: "API 設計 guide", in: screen).hasPrefix("│    API"), "a leaf in view shows no marker")
    }

    @Test func aSiteAskingForRetriesIsSparedTheLookAhead() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 3000, reason: "429 Too Many Requests"), atMilliseconds: 0))
        h.openSpace()
        #expect(h.peeks.isEmpty)
        #expect(h.pageLoads.map(\.id) == ["1"], "the preview still loads")
    }

    @Test func aSiteThatStartsAskingForRetriesIsSparedTheRestOfTheLookAhead() throws {
        var h = openedENG()
        let peek = try #require(h.peeks.first)
        let effects = h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 3000, reason: "429 Too Many Requests"), atMilliseconds: 0))
        #expect(effects.contains { if case .cancelPeek = $0 { true } else { false } })
        h.send(.childrenPeeked(nodeID: peek.id, token: peek.token, .success(LoadedItems([], parentTitle: nil))))
        #expect(h.state.tree.model.nodes["1"]?.isLeaf == true, "an answer already on its way still counts")
        #expect(h.send(.requestEvent(.retryScheduled(requestID: 8, delayMilliseconds: 3000, reason: "429 Too Many Requests"),
                                     atMilliseconds: 10)).isEmpty, "nothing to cancel the second time")
    }

    /// The peeks cancelled for a throttled site end as failures (their retries never come): the look-ahead resumes once
    /// none waits, after the wait the site asked for, and no more than three times in a row while nothing finishes.
    @Test func theLookAheadResumesAfterTheWaitWhenTheCancelledRetriesEnd() throws {
        var h = openedENG()
        h.send(.requestEvent(.started(requestID: 7), atMilliseconds: 0))
        h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 1000, reason: "429 Too Many Requests"), atMilliseconds: 100))
        for round in 1...4 {
            let effects = h.send(.requestEvent(.failed(requestID: 7, message: "cancelled"), atMilliseconds: 200))
            let delays = effects.compactMap { if case .peekChildren(_, _, let delay) = $0 { delay } else { nil } }
            if round <= 3 {
                #expect(delays.count == 1 && delays[0] >= 900, "round \(round): resumed after the 1 s wait, got \(delays)")
                h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 1000, reason: "429 Too Many Requests"), atMilliseconds: 100))
            } else {
                #expect(delays.isEmpty, "a fourth time in a row with nothing finished: spared")
            }
        }
        h.send(.requestEvent(.finished(requestID: 9), atMilliseconds: 5000))
        #expect(h.peeks.count > 0, "a finished request resumes it again")
    }

    @Test func rowsATallerWindowBringsIntoViewArePeekedAt() throws {
        var h = ReducerHarness(width: 80, height: 6)
        h.loadSpaces()
        h.openSpace()
        var known = Set(h.peeks.map(\.id))
        h.answer(h.effects)
        h.answer(h.press(.char("j"), .enter))   // Architecture opens below the rows in view, its folder unknown
        known.formUnion(h.peeks.map(\.id))
        h.answer(h.effects)
        let effects = h.send(.resize(width: 120, height: 40))
        let peeked = effects.flatMap { effect -> [String] in
            if case .peekChildren(let nodes, _, _) = effect { return nodes.map(\.nodeID) }
            return []
        }
        #expect(!peeked.isEmpty && Set(peeked).isDisjoint(with: known), "the new rows are looked up: \(peeked), known \(known)")
    }

    @Test func theLookAheadResumesOnceTheRetriedRequestsSucceed() throws {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 3000, reason: "429 Too Many Requests"), atMilliseconds: 0))
        h.send(.requestEvent(.retryScheduled(requestID: 8, delayMilliseconds: 3000, reason: "429 Too Many Requests"), atMilliseconds: 0))
        h.openSpace()
        #expect(h.peeks.isEmpty)
        // Each retry starts again (which takes it off the waiting list) before it finishes, as the client reports it.
        #expect(h.send(.requestEvent(.started(requestID: 7), atMilliseconds: 3000)).isEmpty)
        #expect(h.send(.requestEvent(.finished(requestID: 7), atMilliseconds: 3100)).isEmpty, "request 8 still waits to retry")
        #expect(h.send(.requestEvent(.started(requestID: 8), atMilliseconds: 3150)).isEmpty)
        h.send(.requestEvent(.finished(requestID: 8), atMilliseconds: 3200))
        #expect(h.peeks.map(\.id).first == "1", "the selection's children are looked up again")
        #expect(h.send(.requestEvent(.finished(requestID: 9), atMilliseconds: 3300)).isEmpty, "once: nothing was spared since")
    }

    @Test func aPeekThatFindsNoChildrenMarksALeaf() throws {
        var h = openedENG()
        let peek = try #require(h.peeks.first)
        h.send(.childrenPeeked(nodeID: peek.id, token: peek.token, .success(LoadedItems([], parentTitle: nil))))
        #expect(h.state.tree.model.nodes["1"]?.isLeaf == true)
        let row = treeRow(of: "Getting started", in: h.screen)
        #expect(row.hasPrefix("│  Getting started"), "a leaf shows no expand marker: \(row)")
    }

    @Test func aFailedPeekIsQuietAndExpandingLoadsAgain() throws {
        var h = openedENG()
        let peek = try #require(h.peeks.first)
        h.send(.childrenPeeked(nodeID: peek.id, token: peek.token, .failure(BackendError(message: "HTTP 500"))))
        #expect(h.state.status.lastError == nil)
        #expect(h.state.tree.model.nodes["1"]?.children == .notLoaded)
        let effects = h.press(.enter)
        #expect(effects.contains { if case .loadChildren(nodeID: "1", _, _, _) = $0 { true } else { false } })
    }

    @Test func aSupersededPeekIsDropped() throws {
        var h = openedENG()
        let first = try #require(h.peeks.first)
        h.press(.char("j"))
        #expect(h.peeks.map(\.id) == ["2", "1"])
        h.send(.childrenPeeked(nodeID: first.id, token: first.token, .success(LoadedItems([], parentTitle: nil))))
        #expect(h.state.tree.model.nodes["1"]?.children == .notLoaded)
    }

    @Test func aPeekArrivingAfterTheNodeWasExpandedChangesNothing() throws {
        var h = openedENG()
        let peek = try #require(h.peeks.first)
        let expansion = h.press(.enter)
        h.send(.childrenPeeked(nodeID: peek.id, token: peek.token, .success(LoadedItems([], parentTitle: nil))))
        #expect(h.state.tree.model.nodes["1"]?.children == .loading)
        h.answer(expansion)
        #expect(h.state.tree.model.nodes["1"]?.children == .loaded(["11", "12"]))
        #expect(h.state.tree.model.nodes["1"]?.isExpanded == true)
    }

    @Test func knownLeavesAndLoadedNodesAreNotPeekedAgain() {
        var h = openedENG()
        h.answer(h.effects)
        h.press(.char("j"))
        h.answer(h.effects)
        h.press(.char("j"))
        #expect(h.state.tree.selectedNodeID == "3")
        #expect(h.peeks.isEmpty, "Release notes is known to be a leaf")
        h.press(.char("k"), .char("k"))
        #expect(h.peeks.isEmpty, "Getting started's children are known")
    }

    @Test func theRowsNearestTheSelectionArePeekedFirst() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        guard case .loadRoots(let key, let token)? = h.press(.enter).first(where: { if case .loadRoots = $0 { true } else { false } }) else {
            Issue.record("Enter loads the roots: \(h.effects)")
            return
        }
        let items = (1...8).map { TreeItem(id: "r\($0)", title: "Root \($0)") }
        h.send(.rootsLoaded(spaceKey: key, token: token, .success(LoadedItems(items, parentTitle: nil))))
        h.press(.char("j"), .char("j"))
        h.press(.char("j"))
        #expect(h.peeks.map(\.id) == ["r4", "r3", "r5", "r2", "r6", "r1", "r7", "r8"], "the selection, then outwards from it")
    }
}

/// The look-ahead is polite: a few lookups at a time, and a newer one drops the lookups an older one had queued.
@MainActor
struct ChildrenPeekRuntimeTests {
    /// A space of `count` root pages, each a leaf the site takes a while to confirm.
    private func slowRoots(_ count: Int, milliseconds: Int) -> FixtureBackend {
        let ids = (1...count).map { "r\($0)" }
        var nodes: [String: FixtureBackend.Node] = [:]
        for id in ids { nodes[id] = .init(item: TreeItem(id: id, title: "Root \(id)"), children: []) }
        let backend = FixtureBackend(roots: ["ENG": ids], nodes: nodes)
        for id in ids { backend.delay("children \(id)", milliseconds: milliseconds) }
        return backend
    }

    @Test func atMostAFewPeeksAreInFlightAndTheNearestStartFirst() async {
        // Slow enough that the first four are still in flight together however late the scheduler starts them.
        let backend = slowRoots(30, milliseconds: 200)
        let browser = HeadlessBrowser(backend: backend, width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter)
        let peeked = backend.calls.filter { $0.hasPrefix("children") }
        #expect(peeked.count == 30, "every row in view was looked up: \(peeked)")
        #expect(backend.mostAtOnce("children") == 4)
        #expect(Set(peeked.prefix(4)) == ["children r1", "children r2", "children r3", "children r4"])
        #expect(browser.state.tree.model.nodes["r30"]?.isLeaf == true)
    }

    @Test func aNewerPeekDropsTheLookupsAnOlderOneQueued() async {
        let backend = slowRoots(60, milliseconds: 50)
        // The first peek's lookups outlast the test, so however slowly it runs, none of them ends and lets a fifth start.
        for id in 1...4 { backend.delay("children r\(id)", milliseconds: 60_000) }
        let browser = HeadlessBrowser(backend: backend, width: 80, height: 24)
        await browser.settle()
        await browser.press(.enter, settle: false)
        let started = await browser.wait { _ in backend.calls.contains { $0.hasPrefix("children") } }
        #expect(started)
        await browser.press(.char("G"))
        let peeked = Set(backend.calls.filter { $0.hasPrefix("children") })
        let rows = browser.state.layout.content(.tree).height
        let firstInFlight = Set((1...4).map { "children r\($0)" })
        let lastInView = Set((60 - rows + 1...60).map { "children r\($0)" })
        #expect(peeked.subtracting(firstInFlight).subtracting(lastInView).isEmpty,
                "only the first peek's lookups in flight and the rows now in view were asked for: \(peeked.sorted())")
        #expect(backend.mostAtOnce("children") <= 4)
        #expect(browser.state.tree.model.nodes["r60"]?.isLeaf == true)
    }
}

