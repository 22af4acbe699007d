import BrowserApp
import Testing
import TerminalKit

/// Results the user has moved on from are dropped.
struct StaleResultTests {
    @Test func aSpacesResultWithAnOldTokenIsDropped() {
        var h = ReducerHarness()
        guard case .loadSpaces(let first)? = h.send(.start).first else { Issue.record("the expected effect did not come"); return }
        guard case .loadSpaces(let second)? = h.press(.char("r")).first else {
            Issue.record("r should reload the spaces")
            return
        }
        h.send(.spacesLoaded(token: first, .success([SpaceSummary(key: "STALE", name: "Stale")])))
        #expect(h.state.spaces.list.items.isEmpty)
        h.send(.spacesLoaded(token: second, .success(Fixture.spaces)))
        #expect(h.state.spaces.list.items.count == 4)
    }

    @Test func rootsOfASpaceTheUserLeftAreDropped() {
        var h = ReducerHarness()
        h.loadSpaces()
        guard case .loadRoots(_, let engToken)? = h.press(.enter).last else { Issue.record("the expected effect did not come"); return }
        h.press(.char("h"), .char("j"))
        let effects = h.press(.enter)
        guard case .loadRoots("DSN", let dsnToken)? = effects.last else {
            Issue.record("expected DSN roots, got \(effects)")
            return
        }
        #expect(effects.contains(.cancelTreeLoads))
        let engRoots = Fixture.roots["ENG"]!.compactMap { Fixture.nodes[$0]?.item }
        h.send(.rootsLoaded(spaceKey: "ENG", token: engToken, .success(LoadedItems(engRoots, parentTitle: nil))))
        #expect(h.treeTitles.isEmpty)
        h.send(.rootsLoaded(spaceKey: "DSN", token: dsnToken, .success(LoadedItems([Fixture.nodes["40"]!.item], parentTitle: nil))))
        #expect(h.treeTitles == ["デザインシステム"])
    }

    @Test func anOlderChildrenLoadIsDroppedAfterARefresh() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        guard case .loadChildren(_, _, _, let first)? = h.press(.enter).first(where: { if case .loadChildren = $0 { true } else { false } }) else { Issue.record("the expected effect did not come"); return }
        let refresh = h.press(.char("r"))
        guard case .loadChildren(_, _, _, let second)? = refresh.first(where: { if case .loadChildren = $0 { true } else { false } }) else {
            Issue.record("r should reload the children, got \(refresh)")
            return
        }
        h.send(.childrenLoaded(nodeID: "1", token: first, .success(LoadedItems([TreeItem(id: "old", title: "Old child", childCount: 0)], parentTitle: nil))))
        #expect(!h.treeTitles.contains("Old child"))
        #expect(h.state.tree.model.nodes["1"]?.children == .loading)
        h.send(.childrenLoaded(nodeID: "1", token: second, .success(LoadedItems([TreeItem(id: "new", title: "New child", childCount: 0)], parentTitle: nil))))
        #expect(h.treeTitles.contains("New child"))
    }

    @Test func aPageTheSelectionLeftIsDropped() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let firstLoad = h.pageLoads.first
        #expect(firstLoad?.id == "1")
        h.press(.char("j"))
        let secondLoad = h.pageLoads.first
        #expect(secondLoad?.id == "2")
        if let firstLoad {
            h.send(.pageLoaded(pageID: firstLoad.id, token: firstLoad.token, .success(LoadedPage(Fixture.pages["1"]!))))
        }
        #expect(h.state.preview.page == nil)
        #expect(h.state.preview.targetID == "2")
        if let secondLoad {
            h.send(.pageLoaded(pageID: secondLoad.id, token: secondLoad.token, .success(LoadedPage(Fixture.pages["2"]!))))
        }
        #expect(h.state.preview.page?.id == "2")
    }

    @Test func aFolderCancelsThePendingPageLoad() {
        var h = ReducerHarness()
        h.expandArchitecture()
        h.answer(h.effects)
        let effects = h.press(.char("j")).filter { !$0.isPeek }
        #expect(h.state.tree.selectedNodeID == "21")
        #expect(effects.isEmpty || effects == [.cancelPageLoad])
        #expect(h.screen.contains("Folder"))
        h.press(.char("j"))
        #expect(h.press(.char("k")).filter { !$0.isPeek } == [.cancelPageLoad])
    }
}

private extension Effect {
    /// Whether this is a children peek, which any selection of an unexplored node starts.
    var isPeek: Bool {
        if case .peekChildren = self { return true }
        return false
    }
}
