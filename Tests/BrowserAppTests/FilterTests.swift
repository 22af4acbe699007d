import BrowserApp
import DataSources
import Testing
import TerminalKit

/// `/` filters the focused list as you type; Esc clears.
struct FilterTests {
    @Test func typingFiltersTheSpacesAndEscClears() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        #expect(h.state.input?.pane == .spaces)
        h.type("設計")
        #expect(h.state.spaces.list.matchCount == 1)
        #expect(h.state.spaces.list.selectedID == "DSN")
        #expect(h.screen.contains("/設計"))
        h.press(.backspace, .backspace)
        #expect(h.state.spaces.list.matchCount == 4)
        h.type("eng")
        #expect(h.state.spaces.list.selectedID == "ENG")
        h.press(.escape)
        #expect(h.state.input == nil)
        #expect(h.state.spaces.list.filter.isEmpty)
        #expect(h.state.spaces.list.matchCount == 4)
    }

    /// A space's key, shown beside its name, matches too, in any case; a match never spans name and key.
    @Test func theSpacesFilterMatchesKeys() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.type("dSn")
        #expect(h.state.spaces.list.matchCount == 1)
        #expect(h.state.spaces.list.selectedID == "DSN")
        h.press(.ctrl("u"))
        h.type("neeri")
        #expect(h.state.spaces.list.selectedID == "ENG", "the name still matches")
        h.press(.ctrl("u"))
        h.type("ingeng")
        #expect(h.state.spaces.list.matchCount == 0, "name and key are matched apart")
    }

    @Test func enterKeepsTheFilterAndEscClearsItLater() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.type("old")
        h.press(.enter)
        #expect(h.state.input == nil)
        #expect(h.state.spaces.list.matchCount == 1)
        #expect(h.screen.contains("Spaces /old 1 of 4"))
        h.press(.escape)
        #expect(h.state.spaces.list.filter.isEmpty)
        #expect(h.state.focus == .spaces, "the first Esc only clears the filter")
        h.press(.escape)
        #expect(h.state.focus == .accounts)
    }

    @Test func slashAgainInThePreviewStartsANewSearch() {
        var h = ReducerHarness(width: 80, height: 24)
        h.focusAPIPageInPreview()
        h.press(.char("/"))
        h.type("retry")
        h.press(.enter)
        h.press(.char("/"))
        #expect(h.state.input?.field.text == "", "a new search starts empty, as in less")
        let oldCount = "/\(h.state.preview.text.matches.count)"
        #expect(!(h.screen.components(separatedBy: "\n").last ?? "").contains(oldCount), "no count before the new text")
        h.type("JSON")
        h.press(.enter)
        #expect(h.state.preview.text.query == "JSON")
        #expect(!h.state.preview.text.matches.isEmpty)
        #expect(h.screen.contains("Preview /JSON 1/"))
    }

    @Test func slashAgainInAFilteredListReopensTheFilterForEditing() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.type("old")
        h.press(.enter)
        h.press(.char("/"))
        #expect(h.state.input?.field.text == "old", "the filter in force is edited, not replaced")
        h.press(.ctrl("u"))
        h.type("eng")
        h.press(.enter)
        #expect(h.state.spaces.list.filter == "eng")
    }

    @Test func arrowsMoveTheSelectionWhileTyping() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.type("e")
        h.press(.down)
        #expect(h.state.spaces.list.selectedID == "~alice", "Engineering, Alice 🚀 notes and Old archive match")
        #expect(h.state.spaces.list.filter == "e")
    }

    @Test func treeFilterSearchesLoadedNodesAndEnterRevealsTheChoice() {
        var h = ReducerHarness()
        h.expandArchitecture()
        h.answer(h.press(.char("h")))
        #expect(h.state.tree.model.nodes["2"]?.isExpanded == false)
        h.press(.char("/"))
        h.type("設計")
        #expect(h.state.tree.filterList?.matchCount == 1)
        #expect(h.screen.contains("/設計 1 of 7"), "the three roots, Architecture's two children and the two a peek found")
        #expect(h.screen.contains("1 of 7 loaded"), "the status line says the count is of the pages loaded")
        h.press(.enter)
        #expect(h.state.tree.filterList == nil)
        #expect(h.state.tree.selectedNodeID == "22")
        #expect(h.state.tree.model.nodes["2"]?.isExpanded == true)
        #expect(h.state.preview.targetID == "22", "the preview followed the match as it was typed")
    }

    /// The tree filter's rows give each parent's title in one column, however long the titles before it.
    @Test func theTreeFiltersParentTitlesStartInOneColumn() throws {
        var h = ReducerHarness(width: 120, height: 30)
        h.expandArchitecture()
        h.press(.char("/"))
        let list = try #require(h.state.tree.filterList)
        let children = list.visible.map { list.items[$0] }.filter { $0.detail != nil }
        try #require(Set(children.map(\.title.count)).count > 1, "titles of different lengths")
        let lines = h.screen.split(separator: "\n").map(String.init)
        // The cell where each row's parent title starts (it may be cut, so its first word is looked for).
        let columns = children.compactMap { item in
            lines.first { $0.contains(item.title + " ") }.flatMap { line in
                line.range(of: " " + item.detail!.prefix(6), range: line.range(of: item.title)!.upperBound..<line.endIndex)
                    .map { displayWidth(String(line[..<$0.lowerBound])) }
            }
        }
        #expect(columns.count == children.count && Set(columns).count == 1, "\(lines)")
    }

    /// Titles not loaded yet are still found: with no loaded row matching, Enter searches the space on the server and
    /// shows the hits in the preview overlay (list with breadcrumbs, page rendered beside it).
    @Test func aTreeFilterMatchingNothingLoadedSearchesTheSpaceOnEnter() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.press(.char("/"))
        h.type("deploy \"blue")
        #expect(h.state.tree.filterList?.matchCount == 0)
        #expect(h.screen.contains("none loaded · Enter searches ENG"))
        #expect(h.screen.contains("No loaded page title matches"), "the tree says what Enter does:\n\(h.screen)")
        #expect(!h.screen.contains("Getting started"), "the preview shows no page, which would read as a match")
        let effects = h.press(.enter)
        #expect(h.state.tree.filterList == nil && h.state.ingestion?.name == "titles")
        #expect(effects.contains { effect in
            guard case .quickIngestionPreview(.cql(let query), _) = effect else { return false }
            return query == #"type = "page" AND space = "ENG" AND title ~ "deploy \"blue*""#
        })
    }

    /// ENG open, `text` typed in the pages filter (matching no loaded title), Enter pressed, and the server's title
    /// search answered with `hits`; the harness's effects are that answer's.
    private func searchTitles(_ text: String, finding hits: [PreviewEntry]) throws -> ReducerHarness {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.press(.char("/"))
        h.type(text)
        let token = try #require(Self.quickLookToken(in: h.press(.enter)), "Enter searched the titles on the server")
        h.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: hits.count, first: hits))))
        return h
    }

    /// The token of the quick look (the server's title search) among `effects`.
    private static func quickLookToken(in effects: [Effect]) -> RequestToken? {
        effects.lazy.compactMap { effect -> RequestToken? in
            if case .quickIngestionPreview(_, let token) = effect { return token }
            return nil
        }.first
    }

    /// Enter on a title-search hit shows it in the tree: its ancestors are expanded one by one, loading their
    /// children as needed, and it is selected and previewed. Pressed before the hit's page loaded, it waits for it.
    @Test func enterOnATitleSearchHitRevealsItInTheTree() throws {
        let hit = PreviewEntry(id: "211", title: "Sequence 序列図", spaceKey: "ENG", breadcrumb: ["ENG", "Architecture 架构", "Diagrams"])
        var h = try searchTitles("seq", finding: [hit])
        guard let load = h.pageLoads.first, load.id == "211" else {
            Issue.record("the hit's page was not loaded: \(h.effects)")
            return
        }
        #expect(h.press(.enter).isEmpty, "the page has not arrived: Enter waits for it")
        let page = PageDetail(id: "211", title: "Sequence 序列図", spaceKey: "ENG",
                              ancestors: [PageReference(id: "2", title: "Architecture 架构"), PageReference(id: "21", title: "Diagrams")])
        var effects = h.send(.pageLoaded(pageID: "211", token: load.token, .success(LoadedPage(page))))
        #expect(h.state.ingestion == nil && h.state.focus == .tree)
        // Architecture's children load, then Diagrams', then Sequence is selected.
        for _ in 0..<3 where !effects.isEmpty {
            h.answer(effects)
            effects = h.effects
        }
        #expect(h.state.tree.reveal == nil)
        #expect(h.state.tree.selectedNodeID == "211")
        #expect(h.treeTitles == ["Getting started", "Architecture 架构", "Diagrams/", "Sequence 序列図", "API 設計 guide", "Release notes 🚀"])
        #expect(h.state.preview.targetID == "211")
    }

    /// The preview followed a match while the filter was typed; once the title search closes, the preview, `o` and `y` are
    /// the selected row's again, not that match's.
    @Test func closingATitleSearchLeavesThePreviewOnTheSelectedRow() throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        let selected = h.state.tree.selectedNodeID
        h.press(.char("/"))
        h.answer(h.type("arch"))
        #expect(h.state.preview.targetID == "2", "the preview followed Architecture as it matched")
        h.type("zzz")
        let token = try #require(Self.quickLookToken(in: h.press(.enter)))
        h.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 0, first: []))))
        h.answer(h.press(.escape))
        #expect(h.state.ingestion == nil)
        #expect(h.state.tree.selectedNodeID == selected)
        #expect(h.state.preview.targetID == selected)
    }

    @Test func aTitleSearchWithoutHitsSaysSoAndOffersNoTreeJump() throws {
        let h = try searchTitles("leader-lock", finding: [])
        #expect(h.screen.contains("Title search · leader-lock"))
        #expect(h.screen.contains("No page title in the space begins with those words."))
        #expect(!h.screen.contains("show in tree"))
    }

    /// Enter on a page of another space opens that space in the tree and reveals the page once its roots arrive.
    @Test func enterOnAHitOfAnotherSpaceOpensThatSpaceAndRevealsIt() throws {
        let hit = PreviewEntry(id: "40", title: "デザインシステム", spaceKey: "DSN", breadcrumb: ["DSN"])
        var h = try searchTitles("design", finding: [hit])
        h.answer(h.effects)
        let effects = h.press(.enter)
        #expect(h.state.ingestion == nil && h.state.focus == .tree)
        #expect(h.state.tree.spaceKey == "DSN" && h.state.spaces.list.selectedID == "DSN")
        guard case .loadRoots("DSN", let token)? = effects.first(where: { if case .loadRoots = $0 { true } else { false } }) else {
            Issue.record("the space's roots were not asked for: \(effects)")
            return
        }
        let roots = (Fixture.roots["DSN"] ?? []).compactMap { Fixture.nodes[$0]?.item }
        h.answer(h.send(.rootsLoaded(spaceKey: "DSN", token: token, .success(LoadedItems(roots, parentTitle: nil)))))
        #expect(h.state.tree.reveal == nil)
        #expect(h.state.tree.selectedNodeID == "40")
        #expect(h.state.preview.targetID == "40")
    }

    @Test func escInTheTreeFilterKeepsTheTreeAsItWas() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.press(.char("j"))
        h.press(.char("/"))
        h.type("release")
        h.press(.escape)
        #expect(h.state.tree.filterList == nil)
        #expect(h.state.tree.selectedNodeID == "2")
    }
}

/// The tree filter's index follows the tree's depth-first order through loads and reloads.
struct TreeFilterIndexTests {
    @Test func loadsAndReloadsKeepDepthFirstOrder() {
        var h = ReducerHarness()
        h.expandArchitecture()        // Architecture: Diagrams/, API
        h.answer(h.press(.char("j"), .enter))        // Diagrams/: Sequence
        h.answer(h.press(.char("g"), .enter))        // Getting started: Install, Emoji
        let expected = ["1", "11", "12", "2", "21", "211", "22", "3"]
        h.press(.char("/"))
        #expect(h.state.tree.filterList?.items.map(\.id) == expected)
        #expect(h.state.tree.filterList?.items.first(where: { $0.id == "211" })?.detail == "Diagrams/")
        h.press(.escape)
        // Reloading a node with an indexed subtree rebuilds the index with the new children.
        h.press(.char("j"), .char("j"), .char("j"))
        #expect(h.state.tree.selectedNodeID == "2")
        let reload = h.press(.char("r"))
        guard case .loadChildren("2", _, _, let token)? = reload.first(where: { if case .loadChildren = $0 { true } else { false } }) else {
            Issue.record("r reloads the children, got \(reload)")
            return
        }
        h.send(.childrenLoaded(nodeID: "2", token: token, .success(LoadedItems([Fixture.nodes["22"]!.item, TreeItem(id: "23", title: "New 新しい", childCount: 0)], parentTitle: "Architecture 架构"))))
        h.press(.char("/"))
        #expect(h.state.tree.filterList?.items.map(\.id) == ["1", "11", "12", "2", "22", "23", "3"])
    }
}
