import BrowserApp
import Testing
import TerminalKit

/// Moving around: lists, panes, the tree, the preview.
struct NavigationTests {
    @Test func startLoadsSpacesAndShowsLoading() {
        var h = ReducerHarness()
        let effects = h.send(.start)
        guard case .loadSpaces? = effects.first else {
            Issue.record("expected a spaces load, got \(effects)")
            return
        }
        #expect(h.state.isBusy)
        #expect(h.screen.contains("loading spaces"))
    }

    @Test func jkgGMoveTheSpacesSelection() {
        var h = ReducerHarness()
        h.loadSpaces()
        #expect(h.state.spaces.list.selectedID == "ENG")
        h.press(.char("j"))
        #expect(h.state.spaces.list.selectedID == "DSN")
        h.press(.char("G"))
        #expect(h.state.spaces.list.selectedID == "OLD")
        h.press(.char("k"))
        #expect(h.state.spaces.list.selectedID == "~alice")
        h.press(.char("g"))
        #expect(h.state.spaces.list.selectedID == "ENG")
        h.press(.up)
        #expect(h.state.spaces.list.selectedID == "ENG")
        h.press(.pageDown)
        #expect(h.state.spaces.list.selectedID == "OLD")
        h.press(.ctrl("u"))
        #expect(h.state.spaces.list.selectedID == "ENG")
    }

    @Test func tabShiftTabAndHLMoveBetweenPanes() {
        var h = ReducerHarness()
        h.loadSpaces()
        #expect(h.state.focus == .spaces)
        h.press(.tab)
        #expect(h.state.focus == .tree)
        h.press(.tab, .tab)
        #expect(h.state.focus == .accounts)
        h.press(.backTab)
        #expect(h.state.focus == .preview)
        h.press(.char("h"))
        #expect(h.state.focus == .tree)
        h.press(.char("h"), .char("h"))
        #expect(h.state.focus == .accounts)
        h.press(.char("l"))
        #expect(h.state.focus == .spaces)
    }

    @Test func enterOnASpaceLoadsItsRootsAndTheFirstPage() {
        var h = ReducerHarness()
        h.loadSpaces()
        let effects = h.press(.enter)
        #expect(effects.contains(.cancelTreeLoads))
        #expect(effects.contains { if case .loadRoots("ENG", _) = $0 { true } else { false } })
        #expect(h.state.focus == .tree)
        #expect(h.screen.contains("loading"))
        guard case .loadRoots(_, let token)? = effects.last else { Issue.record("the expected effect did not come"); return }
        let roots = Fixture.roots["ENG"]!.compactMap { Fixture.nodes[$0]?.item }
        let next = h.send(.rootsLoaded(spaceKey: "ENG", token: token, .success(LoadedItems(roots, parentTitle: nil))))
        #expect(h.treeTitles == ["Getting started", "Architecture 架构", "Release notes 🚀"])
        #expect(next.contains { if case .loadPage("1", _, _) = $0 { true } else { false } })
    }

    @Test func expandingLoadsChildrenLazilyAndShowsASpinner() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let effects = h.press(.enter)
        #expect(effects.contains { if case .loadChildren("1", .page, "Getting started", _) = $0 { true } else { false } })
        #expect(h.state.tree.model.nodes["1"]?.children == .loading)
        #expect(!h.screen.contains("▸ Getting started"), "the marker is a spinner while loading")
        h.answer(effects)
        #expect(h.treeTitles == ["Getting started", "Install 安装", "Emoji guide 🎉👍", "Architecture 架构", "Release notes 🚀"])
        #expect(h.screen.contains("▾ Getting started"))
        // Expanding again needs no load.
        h.press(.char("h"))
        #expect(h.treeTitles.count == 3)
        #expect(h.press(.char("l")).allSatisfy { if case .loadChildren = $0 { false } else { true } })
        #expect(h.treeTitles.count == 5)
    }

    @Test func leftCollapsesThenGoesToTheParentThenToTheSpaces() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.answer(h.press(.enter))
        h.press(.char("j"))
        #expect(h.state.tree.selectedNodeID == "11")
        h.press(.left)
        #expect(h.state.tree.selectedNodeID == "1")
        h.press(.left)
        #expect(h.state.tree.model.nodes["1"]?.isExpanded == false)
        h.press(.left)
        #expect(h.state.focus == .spaces)
    }

    @Test func enterOnALeafFocusesThePreview() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.answer(h.press(.char("G")))
        #expect(h.state.tree.selectedNodeID == "3")
        h.press(.enter)
        #expect(h.state.focus == .preview)
        #expect(h.state.preview.page?.title == "Release notes 🚀")
    }

    @Test func previewScrollsAndSearchesWithNAndShiftN() {
        var h = ReducerHarness(width: 80, height: 24)
        h.focusAPIPageInPreview()
        #expect(h.state.preview.page?.id == "22")
        #expect(h.state.focus == .preview)
        let footer = { h.screen.components(separatedBy: "\n").last ?? "" }
        #expect(footer().contains("/ search") && !footer().contains("n next"), "nothing to go through yet: \(footer())")
        h.press(.char("/"))
        h.type("retry")
        #expect(h.state.preview.text.matches.count >= 3)
        h.press(.enter)
        #expect(h.state.input == nil)
        #expect(footer().contains("n next"), "the hits are gone through with n: \(footer())")
        let first = h.state.preview.text.currentMatch
        h.press(.char("n"))
        #expect(h.state.preview.text.currentMatch == first.map { $0 + 1 })
        h.press(.char("N"))
        #expect(h.state.preview.text.currentMatch == first)
        h.press(.escape)
        #expect(h.state.preview.text.query.isEmpty)
        h.press(.ctrl("d"))
        #expect(h.state.preview.text.scrollY > 0)
        h.press(.char("g"))
        #expect(h.state.preview.text.scrollY == 0)
    }

    @Test func qQuitsAtTopLevelButIsTextInTheFilter() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.type("q")
        #expect(!h.state.isFinished)
        #expect(h.state.spaces.list.filter == "q")
        h.press(.escape)
        let effects = h.press(.char("q"))
        #expect(h.state.isFinished)
        #expect(effects == [.quit])
    }

    @Test func resizeKeepsSelectionAndPreviewScroll() {
        var h = ReducerHarness(width: 80, height: 24)
        h.focusAPIPageInPreview()
        h.press(.char("j"), .char("j"), .char("j"))
        let scroll = h.state.preview.text.scrollY
        #expect(scroll == 3)
        h.send(.resize(width: 40, height: 12))
        #expect(h.state.tree.selectedNodeID == "22")
        #expect(h.state.preview.text.scrollY > 0)
        h.send(.resize(width: 80, height: 24))
        #expect(h.state.tree.selectedNodeID == "22")
        #expect(h.state.preview.text.scrollY == scroll)
        #expect(h.state.preview.renderedWidth == h.state.layout.content(.preview).width)
    }

    @Test func copyAndOpenUseThePageURL() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        #expect(h.press(.char("o")) == [.openURL("https://example.atlassian.net/wiki/spaces/ENG/pages/1")])
        #expect(h.press(.char("y")) == [.copyToClipboard(text: "https://example.atlassian.net/wiki/spaces/ENG/pages/1", label: "page URL")])
        #expect(h.press(.char("Y")) == [.copyToClipboard(text: "1", label: "page id")])
        h.send(.effectFinished(.showURL("https://example.atlassian.net/x")))
        #expect(h.state.overlay == .message(title: "Page URL", body: "https://example.atlassian.net/x"))
        h.press(.escape)
        #expect(h.state.overlay == nil)
    }

    /// An archived page is listed in the tree (the reader fetches it when its id is listed) but tagged, as an ingestion
    /// of its parent's descendants leaves it out.
    @Test func anArchivedPageIsTaggedInTheTree() throws {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        let token = try #require(h.press(.enter).lazy.compactMap { effect -> RequestToken? in
            if case .loadRoots(_, let token) = effect { return token }
            return nil
        }.first)
        let roots = [TreeItem(id: "1", title: "Current"), TreeItem(id: "2", title: "legacy-dispatch", isArchived: true)]
        h.send(.rootsLoaded(spaceKey: "ENG", token: token, .success(LoadedItems(roots, parentTitle: nil))))
        #expect(h.screen.contains("[archived] legacy-dispatch"))
        #expect(!h.screen.contains("[archived] Current"))
    }

    @Test func helpOverlayListsEveryBindingAndScrolls() throws {
        var h = ReducerHarness(width: 80, height: 12)
        h.press(.char("?"))
        #expect(h.state.overlay == .help(offset: 0))
        h.press(.char("j"))
        #expect(h.state.overlay == .help(offset: 1))
        h.press(.char("G"))
        let text = h.screen
        let last = Command.allCases[Command.allCases.count - 1].summary
        #expect(text.contains(last.split(separator: " ").suffix(1).joined()), "G scrolls to the end of the last binding")
        h.press(.char("?"))
        #expect(h.state.overlay == nil)
        var tall = ReducerHarness(width: 100, height: Command.allCases.count + 4)
        tall.press(.char("?"))
        let help = tall.screen
        for command in Command.allCases {
            #expect(help.contains(command.summary), "help lists \(command.rawValue)")
        }
        #expect(help.contains("j/Down") && help.contains("Ctrl-D") && help.contains("Shift-Tab"))
        var narrow = ReducerHarness(width: 60, height: Command.allCases.count + 4)
        narrow.press(.char("?"))
        let rows = narrow.screen.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("preview what") })
        #expect(!rows[first].contains("…") && rows[first + 1].contains("│            "), "a long summary wraps under its own column")
        let words = rows.flatMap { $0.split { $0 == " " || $0 == "│" } }
        for word in Command.ingestionPreview.summary.split(separator: " ") {
            #expect(words.contains(word), "the wrapped summary keeps \(word)")
        }
    }
}

/// Wide code lines in the preview scroll sideways.
struct HorizontalScrollTests {
    /// A burst of `h` that reaches the left edge stays in the preview instead of running on into the tree and
    /// collapsing it; Shift-Tab leaves.
    @Test func rightAndLeftScrollAWideLineAndLeftStaysAtTheEdge() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        guard let load = h.pageLoads.first else { Issue.record("the expected effect did not come"); return }
        let wide = PageDetail(id: "1", title: "Code", storageBody: """
        <ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[\(String(repeating: "x", count: 100))END]]></ac:plain-text-body></ac:structured-macro>
        """)
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(wide))))
        h.press(.tab)
        #expect(h.state.focus == .preview)
        #expect(!h.screen.contains("END"))
        for _ in 0..<10 { h.press(.char("l")) }
        #expect(h.screen.contains("END"))
        #expect(h.state.preview.text.scrollX > 0)
        var presses = 0
        while h.state.preview.text.scrollX > 0, presses < 20 {
            h.press(.char("h"))
            presses += 1
        }
        #expect(h.state.preview.text.scrollX == 0)
        #expect(h.state.focus == .preview)
        h.press(.char("h"), .char("h"))
        #expect(h.state.focus == .preview)
        h.press(.backTab)
        #expect(h.state.focus == .tree)
    }
}

/// The preview header's breadcrumb is cut in its middle, as the lists cut paths.
struct PreviewBreadcrumbTests {
    @Test func aLongBreadcrumbKeepsTheSpaceAndTheParent() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        guard let load = h.pageLoads.first else { Issue.record("the expected effect did not come"); return }
        let ancestors = ["Engineering Home", "Platform Engineering", "Fleet Control Service", "Dispatch and routing"]
        let page = PageDetail(id: "1", title: "Runbook", spaceKey: "ENG",
                              ancestors: ancestors.enumerated().map { PageReference(id: String($0.offset), title: $0.element) },
                              storageBody: "<p>x</p>")
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(page))))
        let row = h.screen.split(separator: "\n").first { $0.contains("ENG ›") } ?? ""
        #expect(row.contains("ENG › …") && row.contains("Dispatch and routing"), "the space and the parent stay:\n\(h.screen)")
    }
}

/// Empty places say so.
struct EmptyStateTests {
    @Test func anEmptySpaceSaysItHasNoPages() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("j"), .char("j"))
        h.openSpace()
        #expect(h.state.tree.spaceKey == "~alice")
        #expect(h.screen.contains("This space has no pages."))
        #expect(h.press(.char("j"), .enter, .char("l"), .char("r")).allSatisfy { if case .loadPage = $0 { false } else { true } })
    }
}

/// Enter on a page whose children are unknown expands it, and opens it when it has none.
struct OpenOrExpandTests {
    private func enterOnFirstRoot(_ h: inout ReducerHarness) -> RequestToken? {
        h.loadSpaces()
        h.openSpace()
        for effect in h.press(.enter) {
            if case .loadChildren("1", _, _, let token) = effect { return token }
        }
        return nil
    }

    @Test func aPageWithNoChildrenOpensInThePreview() throws {
        var h = ReducerHarness()
        let token = try #require(enterOnFirstRoot(&h))
        #expect(h.state.focus == .tree)
        h.send(.childrenLoaded(nodeID: "1", token: token, .success(LoadedItems([], parentTitle: "Getting started"))))
        #expect(h.state.focus == .preview)
        #expect(h.state.tree.model.nodes["1"]?.isLeaf == true)
    }

    @Test func movingAwayBeforeTheAnswerKeepsTheFocus() throws {
        var h = ReducerHarness()
        let token = try #require(enterOnFirstRoot(&h))
        h.press(.char("j"))
        h.send(.childrenLoaded(nodeID: "1", token: token, .success(LoadedItems([], parentTitle: "Getting started"))))
        #expect(h.state.focus == .tree)
    }

    @Test func aPageWithChildrenStaysInTheTree() throws {
        var h = ReducerHarness()
        let token = try #require(enterOnFirstRoot(&h))
        h.send(.childrenLoaded(nodeID: "1", token: token, .success(LoadedItems([Fixture.nodes["11"]!.item], parentTitle: "Getting started"))))
        #expect(h.state.focus == .tree)
        #expect(h.treeTitles.contains("Install 安装"))
    }
}

/// A page whose body renders to nothing says so instead of leaving the preview blank.
struct EmptyPageTests {
    @Test(arguments: ["", "<p> </p><ac:placeholder>Type here</ac:placeholder>"])
    func anEmptyPageSaysItHasNoContent(body: String) throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let load = try #require(h.pageLoads.first)
        let page = PageDetail(id: load.id, title: "Empty", spaceKey: "ENG", storageBody: body)
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(page))))
        #expect(h.screen.contains("The page has no content."))
    }
}

/// Follow-ups from using the browser: the preview follows a filtered match, and the URL dialog copies.
struct BrowsingDetailTests {
    @Test func thePreviewFollowsTheMatchUnderTheCursorWhileTheTreeIsFiltered() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        h.press(.char("/"))
        let effects = h.type("release")
        #expect(h.state.tree.filterList?.selectedID == "3")
        #expect(effects.contains { if case .loadPage("3", _, _) = $0 { true } else { false } })
        #expect(h.state.preview.targetID == "3")
    }

    @Test func aChildrenMacroNamesThePageChildrenOnceTheTreeKnowsThem() throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let load = try #require(h.pageLoads.first)
        let peeks = h.effects
        let index = PageDetail(id: "1", title: "Getting started", spaceKey: "ENG",
                               storageBody: "<p>Start here.</p><ac:structured-macro ac:name=\"children\" />")
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(index))))
        #expect(h.screen.contains("[children]"))
        h.answer(peeks.filter { if case .peekChildren = $0 { true } else { false } })
        #expect(h.screen.contains("[children: Install 安装, Emoji guide 🎉👍]"))
    }

    /// The macro lists current pages: an archived child, which the tree shows tagged, and a folder are left out.
    @Test func aChildrenMacroLeavesArchivedPagesOut() throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let load = try #require(h.pageLoads.first)
        let peek = try #require(h.effects.lazy.compactMap { effect -> RequestToken? in
            if case .peekChildren(_, let token, _) = effect { token } else { nil }
        }.first)
        let index = PageDetail(id: "1", title: "Getting started", spaceKey: "ENG",
                               storageBody: "<p>Start here.</p><ac:structured-macro ac:name=\"children\" />")
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(index))))
        let children = [TreeItem(id: "11", title: "Install 安装", childCount: 0),
                        TreeItem(id: "13", title: "Old install", childCount: 0, isArchived: true),
                        TreeItem(id: "14", kind: .folder, title: "Drafts", childCount: 0)]
        h.send(.childrenPeeked(nodeID: "1", token: peek, .success(LoadedItems(children, parentTitle: "Getting started"))))
        #expect(h.screen.contains("[children: Install 安装]"), "\(h.screen)")
    }

    /// A listing of two levels looks up the grandchildren the tree has not loaded: the preview does not depend on how far
    /// the tree was explored.
    @Test func aChildrenMacroOfTwoLevelsLooksUpTheSecond() throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let load = try #require(h.pageLoads.first)
        guard case .peekChildren(let nodes, let token, _)? = h.effects.first(where: { if case .peekChildren = $0 { true } else { false } }) else {
            Issue.record("no peek for the page's children: \(h.effects)")
            return
        }
        #expect(nodes.map(\.nodeID).contains("1"))
        let macro = "<ac:structured-macro ac:name=\"children\"><ac:parameter ac:name=\"depth\">2</ac:parameter></ac:structured-macro>"
        h.send(.pageLoaded(pageID: load.id, token: load.token, .success(LoadedPage(PageDetail(id: "1", title: "Getting started", storageBody: macro)))))
        #expect(h.effects.isEmpty, "the page's children are being looked up already")
        h.send(.childrenPeeked(nodeID: "1", token: token, .success(LoadedItems([TreeItem(id: "11", title: "Install 安装")], parentTitle: "Getting started"))))
        guard case .peekChildren(let below, let next, _)? = h.effects.last else {
            Issue.record("no peek for the second level: \(h.effects)")
            return
        }
        #expect(below.map(\.nodeID).contains("11"), "the child whose children are unknown")
        h.send(.childrenPeeked(nodeID: "11", token: next, .success(LoadedItems([TreeItem(id: "111", title: "Linux", childCount: 0)], parentTitle: "Install 安装"))))
        #expect(h.screen.contains("[children: Install 安装 (Linux)]"), "\(h.screen)")
        #expect(!h.effects.contains { if case .peekChildren = $0 { true } else { false } }, "two levels known: nothing more to look up")
    }

    /// A title too wide for the preview's row wraps onto a second, cut there, and the body starts one row lower.
    @Test func aLongTitleWrapsOntoASecondRowOfTheHeader() throws {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        let load = try #require(h.pageLoads.first)
        let title = "A very long title that keeps going well past the width of the preview pane, to check wrapping, and more words"
        h.send(.pageLoaded(pageID: load.id, token: load.token,
                           .success(LoadedPage(PageDetail(id: "1", title: title, spaceKey: "ENG", storageBody: "<p>Body text.</p>")))))
        let lines = h.screen.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.contains("A very long title") })
        #expect(lines[first + 1].contains("…") && !lines[first + 1].contains("more words"), "the second row, cut:\n\(h.screen)")
        #expect(lines[first + 2].contains("ENG"), "the breadcrumb below it")
        #expect(h.screen.contains("Body text."))
    }

    @Test func aChildrenMacroListsPagesNotFolders() throws {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        let first = try #require(h.pageLoads.first)
        h.answer(h.effects.filter { if case .peekChildren = $0 { true } else { false } })
        let macro = "<ac:structured-macro ac:name=\"children\"><ac:parameter ac:name=\"all\">true</ac:parameter></ac:structured-macro>"
        h.send(.pageLoaded(pageID: first.id, token: first.token, .success(LoadedPage(PageDetail(id: "1", title: "Getting started", storageBody: macro)))))
        #expect(h.screen.contains("[children: Install 安装, Emoji guide 🎉👍]"))
        h.press(.char("j"))
        let second = try #require(h.pageLoads.last)
        #expect(second.id == "2")
        h.send(.pageLoaded(pageID: second.id, token: second.token, .success(LoadedPage(PageDetail(id: "2", title: "Architecture 架构", storageBody: macro)))))
        #expect(h.screen.contains("[children: API 設計 guide]"))
        #expect(!h.screen.contains("Diagrams]") && !h.screen.contains("Install 安装,"))
    }

    @Test func yInTheURLDialogCopiesTheURL() {
        var h = ReducerHarness()
        h.send(.effectFinished(.showURL("https://example.atlassian.net/wiki/x/AbC")))
        #expect(h.screen.contains("y copy"))
        let effects = h.press(.char("y"))
        #expect(effects == [.copyToClipboard(text: "https://example.atlassian.net/wiki/x/AbC", label: "page URL")])
        #expect(h.state.overlay == nil)
    }
}
