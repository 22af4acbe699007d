import BrowserApp
import DataSources
import Foundation
import Synchronization
import Testing
import TerminalKit

/// The account the builder saves through: the template carries the site, no secret.
let templateAccount = Account(name: "work", detail: "https://example.atlassian.net",
                              sourceTemplate: ConfluenceDataSource(serverURL: "https://example.atlassian.net/wiki",
                                                                   authenticationMechanism: .basic, userName: "me@example.com"))

/// Marks in the tree and the filter builder's modes, counts and saves, on the reducer alone.
struct FilterBuilderTests {
    /// ENG open, tree focused, first root selected.
    private func inTree(accounts: [Account] = [templateAccount]) -> ReducerHarness {
        var h = ReducerHarness(accounts: accounts)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        return h
    }

    @Test func spaceTogglesAMarkMovesDownAndTheStatusLineCountsThem() {
        var h = inTree()
        h.answer(h.press(.char(" ")))
        #expect(h.state.marks.ids == ["1"])
        #expect(h.state.tree.selectedNodeID == "2", "Space moves to the next row")
        h.press(.char(" "))
        #expect(h.state.marks.ids == ["1", "2"])
        #expect(h.screen.contains("2 marked"))
        #expect(h.screen.contains("● Getting started") && h.screen.contains("● Architecture"))
        h.press(.char("k"), .char(" "))
        #expect(h.state.marks.ids == ["1"], "Space on a marked page unmarks it")
    }

    /// A whiteboard has no body a loader reads by id: Space does not mark it, and says what to mark instead.
    @Test func aWhiteboardIsNotMarked() {
        var h = inTree()
        // Architecture opens on Diagrams (a folder) and API guide; the rows in view learn their children, and Diagrams holds
        // a page and a whiteboard.
        let opened = h.press(.char("j"), .char("l"))
        guard case .peekChildren(let nodes, let token, _)? = opened.first(where: { if case .peekChildren = $0 { true } else { false } }),
              let diagrams = nodes.first(where: { $0.nodeID == "21" })
        else {
            Issue.record("Diagrams was not peeked at: \(opened)")
            return
        }
        let items = [Fixture.nodes["211"]!.item, TreeItem(id: "212", kind: .whiteboard, title: "Whiteboard", childCount: 0)]
        h.send(.childrenPeeked(nodeID: "21", token: token, .success(LoadedItems(items, parentTitle: diagrams.parentTitle))))
        h.answer(h.press(.char("j"), .char("l")))
        h.answer(h.press(.char("j"), .char("j")))
        #expect(h.state.tree.selectedNodeID == "212")
        h.press(.char(" "))
        #expect(h.state.marks.ids.isEmpty)
        #expect(h.state.tree.selectedNodeID == "212", "the selection stays, as nothing was marked")
        #expect(h.screen.contains("A whiteboard has no text a loader reads by id"), "\(h.screen)")
    }

    /// A marked folder stands for the pages below it: the builder says so, and a count looks them up first.
    @Test func aMarkedFolderStandsForThePagesBelowIt() async throws {
        var h = inTree()
        h.answer(h.press(.char("j"), .char("l")))   // Architecture opens: Diagrams (a folder) and API guide below it
        h.answer(h.press(.char("j"), .char(" "), .char(" "), .char("f")))
        #expect(h.state.marks.ids == ["21", "22"] && h.state.marks.folderIDs == ["21"])
        #expect(h.screen.contains("1 marked page, 1 marked folder") && h.screen.contains("Diagrams/ ENG · 21"), "\(h.screen)")
        #expect(h.screen.contains("A folder stands for every page below it"))
        #expect(h.state.builder?.draftCQL == "id in (22) OR (ancestor in (21) AND type = page)")
        guard case .expandDescendants(let expansion, _)? = h.press(.ctrl("t")).first else {
            Issue.record("the folder's pages are looked up first")
            return
        }
        #expect(h.screen.contains("finding the marked folders' pages"))
        // The folder's pages (not its whiteboard), after the marked page; no descendants of the page were asked for.
        let backend = FixtureBackend()
        let found = try await expansion.ids(on: backend)
        #expect(found.ids == ["22", "211"] && found.added == 1)
        #expect(backend.calls == ["children 21", "descendants 211"])
    }

    /// A page marked in one space keeps its title in the builder after another space is opened, and each shows its space.
    @Test func marksFromAnotherSpaceKeepTheirTitleAndSpace() {
        var h = inTree()
        h.press(.char(" "), .escape, .char("j"))
        h.openSpace()
        #expect(h.state.tree.spaceKey == "DSN")
        h.press(.char(" "), .char("f"))
        #expect(h.state.marks.ids == ["1", "40"])
        #expect(h.screen.contains("Getting started ENG · 1"))
        #expect(h.screen.contains("デザインシステム DSN · 40"))
    }

    @Test func marksOnlyApplyInTheTree() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char(" "))
        #expect(h.state.marks.isEmpty)
    }

    @Test func fFromTheSpacesOpensSpaceModeAndCountsOnTheServer() throws {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"))
        let draft = try #require(h.state.builder)
        #expect(draft.mode == .space)
        #expect(draft.selector == .space(key: "ENG"))
        let effects = h.press(.char("p"))
        guard case .count(let selector, let token)? = effects.first else {
            Issue.record("p counts the selection, got \(effects)")
            return
        }
        #expect(selector == .space(key: "ENG"), "the space is counted as the reader lists it, not through a search")
        #expect(h.state.isBusy)
        h.send(.countChecked(token: RequestToken(token.value - 1), .success(7)))
        #expect(h.state.builder?.check == .running(token, selector), "an older count is dropped")
        h.send(.countChecked(token: token, .success(42)))
        #expect(h.state.builder?.check == .counted(42, selector))
        #expect(h.screen.contains("42 pages selected, the count the preview (P) shows."))
    }

    /// The count and the preview of a draft run one selection, so they give one number: marked pages are counted as
    /// listed ids (each fetched, an archived one too), never through a search that leaves archived pages out.
    @Test func theCountAndThePreviewOfADraftRunTheSameSelection() {
        var h = inTree()
        h.press(.char(" "), .char(" "), .char("f"))
        guard case .count(let counted, _)? = h.press(.ctrl("t")).first,
              case .quickIngestionPreview(let previewed, _)? = h.press(.char("P")).first else {
            Issue.record("Ctrl-T counts and P previews")
            return
        }
        #expect(counted == .pageIDs(["1", "2"]) && previewed == counted)
    }

    /// With descendants, the count and the preview run the ids saving writes: the descendants are looked up first
    /// (once for the draft), never through a CQL search, which would leave an archived marked page out.
    @Test func withDescendantsTheCountAndThePreviewRunTheIdsSavingWrites() {
        var h = inTree()
        h.press(.char(" "), .char(" "), .char("f"), .char("i"))
        guard case .expandDescendants(let expansion, let token)? = h.press(.ctrl("t")).first else {
            Issue.record("the descendants are looked up first")
            return
        }
        #expect(expansion.roots == ["1", "2"] && expansion.includesDescendants && expansion.folders.isEmpty)
        #expect(h.state.builder?.expansion != nil && h.screen.contains("finding the marked pages' descendants"))
        #expect(!h.screen.contains("found so far"), "no count before the first report")
        h.send(.descendantsFound(token: RequestToken(token.value - 1), count: 7))
        #expect(!h.screen.contains("found so far"), "a stale lookup's report is dropped")
        h.send(.descendantsFound(token: token, count: 12_400))
        #expect(h.screen.contains("12,400 pages found so far"))
        let counted = h.send(.descendantsExpanded(token: token, .success(["1", "2", "3"])))
        guard case .count(let selector, _)? = counted.first else {
            Issue.record("the count runs once they arrive, got \(counted)")
            return
        }
        #expect(selector == .pageIDs(["1", "2", "3"]))
        guard case .quickIngestionPreview(let previewed, _)? = h.press(.char("P")).first else {
            Issue.record("P previews the same ids without a second lookup")
            return
        }
        #expect(previewed == selector)
        h.press(.escape, .char("i"), .char("i"))
        guard case .expandDescendants(_, let again)? = h.press(.char("P")).first else {
            Issue.record("toggling descendants looks them up again")
            return
        }
        let opened = h.send(.descendantsExpanded(token: again, .success(["1", "2", "4"])))
        #expect(opened.contains { if case .quickIngestionPreview(.pageIDs(["1", "2", "4"]), _) = $0 { true } else { false } })
    }

    @Test func theLookupCountsThePagesOfEveryMarkedPageTogether() async throws {
        let backend = FixtureBackend()
        let first = try await backend.descendantIDs(of: "1").count
        let second = try await backend.descendantIDs(of: "2").count
        let reports = Mutex<[Int]>([])
        let expansion = PageExpansion(roots: ["1", "2"], folders: [], includesDescendants: true)
        _ = try await expansion.ids(on: backend, found: { count in reports.withLock { $0.append(count) } })
        let counts = reports.withLock { $0 }
        #expect(first > 0 && second > 0)
        #expect(counts.contains(first) && counts.last == first + second && counts == counts.sorted(),
                "the second page's count goes on from the first's: \(counts)")
    }

    @Test func aFailedDescendantLookupIsSaidWhereTheCountIs() {
        var h = inTree()
        h.press(.char(" "), .char("f"), .char("i"))
        guard case .expandDescendants(_, let token)? = h.press(.ctrl("t")).first else {
            Issue.record("the descendants are looked up first")
            return
        }
        h.send(.descendantsExpanded(token: RequestToken(token.value - 1), .success(["9"])))
        #expect(h.state.builder?.expandedIDs == nil, "a stale lookup is dropped")
        h.send(.descendantsExpanded(token: token, .failure(BackendError(message: "503 Service Unavailable"))))
        #expect(h.screen.contains("descendants could not be listed: 503 Service Unavailable"))
        #expect(h.state.builder?.expansion == nil)
    }

    /// An archived space: the builder says the reader still lists its pages while search does not, and the label picker
    /// says why it is empty instead of showing a bare `(empty)`.
    @Test func anArchivedSpaceSaysWhatSearchLeavesOut() {
        var h = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        h.loadSpaces([SpaceSummary(key: "OLD", name: "Old archive", type: "global", status: "archived")])
        h.press(.char("f"))
        #expect(!h.screen.contains("CQL:"), "no query is shown for a space, which is listed, not searched")
        #expect(h.screen.contains("OLD is archived: the reader still lists its pages"))
        guard case .count(let selector, _)? = h.press(.ctrl("t")).first else {
            Issue.record("Ctrl-T counts")
            return
        }
        #expect(selector == .space(key: "OLD"))
        guard case .loadLabels(_, let token)? = h.press(.tab, .tab).first(where: { if case .loadLabels = $0 { true } else { false } }) else {
            Issue.record("label mode loads the labels")
            return
        }
        h.send(.labelsLoaded(token: token, .success(LabelCounts(labelsPerPage: [], limit: 1000))))
        #expect(!h.screen.contains("(empty)"))
        #expect(h.screen.contains("OLD is archived, and search"), "the picker says why it lists nothing:\n\(h.screen)")
        h.type("runbook")
        #expect(h.screen.contains("none in archived OLD"))
        h.press(.tab)
        h.type("space = OLD")
        #expect(h.screen.contains("OLD is archived: search leaves its pages out"), "the CQL tab says so of a query naming it")
        h.press(.ctrl("u"))
        h.type("space = OLDER")
        #expect(!h.screen.contains("OLD is archived"), "a longer key is another space")
        // From another space, a query naming an archived one gets the note too.
        var other = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        other.loadSpaces([SpaceSummary(key: "ENG", name: "Engineering", type: "global"),
                          SpaceSummary(key: "OLD", name: "Old archive", type: "global", status: "archived")])
        other.press(.char("f"), .tab, .tab, .tab)
        other.type("space in (ENG, OLD)")
        #expect(other.screen.contains("OLD is archived: search leaves its pages out"), "\(other.screen)")
    }

    /// `c` asks before replacing a query typed in the CQL tab: a second `c` replaces it, any other key keeps it.
    @Test func turningIntoCQLAsksBeforeReplacingATypedQuery() {
        var h = inTree()
        h.press(.char("f"), .tab, .tab, .tab)
        #expect(h.state.builder?.mode == .cql)
        h.type("label = runbook")
        h.press(.backTab, .backTab, .backTab)
        #expect(h.state.builder?.mode == .space)
        h.press(.char("c"))
        #expect(h.state.builder?.mode == .space && h.state.builder?.cql.text == "label = runbook")
        #expect(h.screen.contains("c again replaces it"))
        h.press(.char("j"), .char("c"))
        #expect(h.state.builder?.cql.text == "label = runbook", "another key in between answers no")
        h.press(.char("c"))
        #expect(h.state.builder?.mode == .cql && h.state.builder?.cql.text == #"type="page" AND space="ENG""#)
        h.press(.backTab, .backTab, .backTab, .char("c"))
        #expect(h.state.builder?.mode == .cql, "the query c made is replaced without asking")
        // In the Label tab `c` is text: the question names the key that works there.
        h.press(.ctrl("u"))
        h.type("space = OPS")
        h.press(.backTab)
        #expect(h.state.builder?.mode == .label)
        h.type("runbook")
        h.press(.ctrl("x"))
        #expect(h.screen.contains("Ctrl-X again replaces it"), "\(h.screen)")
    }

    /// The help opened in the builder lists the builder's keys as they work in its tab: in the CQL tab, where letters are
    /// text, the keys that are not (Enter saves, F1 helps), never the browser's meanings (`Tab next pane`).
    @Test func theHelpInTheBuilderListsTheBuildersKeys() {
        var h = inTree()
        h.press(.char("f"), .tab, .tab, .tab, .function(1))
        #expect(h.state.builder?.mode == .cql)
        let screen = h.screen
        for row in ["Filter builder keys · Esc closes", "Tab", "next tab: space, pages, label, CQL", "Enter", "save the draft as a definition",
                    "F1"] {
            #expect(screen.contains(row), "\(row):\n\(screen)")
        }
        #expect(!screen.contains("next pane") && !screen.contains("open or expand") && !screen.contains("?/F1"), "\(screen)")
        #expect(!screen.contains("descendants") && !screen.contains("turn the draft into CQL"),
                "nothing the CQL tab cannot do, nor keys it takes as text:\n\(screen)")
        h.press(.escape, .backTab, .backTab, .backTab, .char("P"), .function(1))
        #expect(h.state.ingestion != nil)
        #expect(h.screen.contains("Ingestion preview keys") && h.screen.contains("cancel a running pass, else close"))
        h.press(.escape, .escape, .escape, .char("d"))
        h.press(.char("?"))
        #expect(h.screen.contains("Definitions keys") && h.screen.contains("Enter/E"), "\(h.screen)")
    }

    /// Two rows above the status line hold no border: the tabs and the body take them, as the panes do at that size.
    @Test func aBuilderTooShortForABorderDrawsNone() {
        var h = ReducerHarness(width: 30, height: 3, accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"))
        let rows = h.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.hasPrefix("[Space]") == true, "the tabs start the first row:\n\(h.screen)")
        #expect(!h.screen.contains("┐") && !h.screen.contains("┘"), "no border corner is left:\n\(h.screen)")
    }

    /// A zero-width space pasted into the query is unseen in the field, so the check names it and a save is refused.
    @Test func anInvisibleCharacterInTheQueryIsNamedAndNotSaved() {
        var h = inTree()
        h.press(.char("f"), .tab, .tab, .tab)
        h.type("title ~ \"abc\u{200B}def\"")
        #expect(h.screen.contains("an invisible character (U+200B) is part of the query"), "\(h.screen)")
        #expect(h.state.builder?.hasCQLError == true)
    }

    /// `q` closes the builder as Esc does, keeping the draft, and `?` opens the help over it, where letters are keys.
    @Test func quitAndHelpKeysWorkInTheBuilder() {
        var h = inTree()
        h.press(.char("f"), .char("?"))
        #expect(h.state.overlay == .help(offset: 0) && h.state.builder != nil)
        h.press(.escape)
        #expect(h.state.overlay == nil && h.state.builder != nil)
        h.press(.char("q"))
        #expect(h.state.builder == nil && h.state.closedBuilder != nil, "q closed the builder, not the browser")
        h.press(.char("f"), .tab, .tab, .tab, .char("q"), .char("?"))
        #expect(h.state.builder?.cql.text == "q?", "in the CQL tab they are text")
    }

    @Test func fFromTheAccountsPaneOnlySaysWhere() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.backTab, .char("f"))
        #expect(h.state.builder == nil)
        #expect(h.state.status.notice?.contains("spaces or pages pane") == true)
    }

    @Test func pagesModeIncludesDescendantsAndTurnsIntoCQL() {
        var h = inTree()
        h.press(.char(" "), .char(" "), .char("f"))
        #expect(h.state.builder?.mode == .pages)
        #expect(h.state.builder?.draftCQL == "id in (1,2)")
        h.press(.char("i"))
        #expect(h.state.builder?.includeDescendants == true)
        #expect(h.state.builder?.draftCQL == "id in (1, 2) OR (ancestor in (1, 2) AND type = page)")
        #expect(h.screen.contains("expanded to page ids when you save"))
        h.press(.char("c"))
        #expect(h.state.builder?.mode == .cql)
        #expect(h.state.builder?.cql.text == "id in (1, 2) OR (ancestor in (1, 2) AND type = page)")
        #expect(h.state.builder?.diagnostics.isEmpty == true)
        #expect(h.screen.contains("Valid CQL (checked locally)."))
    }

    @Test func markedPagesThatDoNotFitAreCounted() {
        var h = inTree()
        h.send(.resize(width: 40, height: 12))
        h.press(.char(" "), .char(" "), .char(" "), .char("f"))
        #expect(h.state.builder?.pageIDs.count == 3)
        #expect(h.screen.contains("Getting started") && h.screen.contains("+2 more"), "one page fits, two are counted:\n\(h.screen)")
        h.press(.char("i"))
        #expect(h.screen.contains("[x] include descendants"), "the choice keeps its row")
        #expect(h.screen.contains("Descendants are expanded to page ids…"), "a cut line ends in an ellipsis")
        #expect(!h.screen.contains("more"), "no page row fits: the first row counts them:\n\(h.screen)")
    }

    @Test func cqlEditorValidatesAsYouTypeAndShowsTheServersSentence() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .tab, .tab, .tab)
        #expect(h.state.builder?.mode == .cql)
        h.type("text = x")
        let diagnostics = h.state.builder?.diagnostics ?? []
        #expect(diagnostics.first?.isError == true)
        #expect(diagnostics.first?.range == 1...4)
        let styled = AppView.grid(for: h.state, theme: Theme()).dump(styled: true)
        #expect(styled.contains("[error underline]text[/]"), "the field is underlined:\n\(styled)")
        #expect(h.screen.contains("error: "))
        h.type("p")
        #expect(h.state.builder?.check == .idle)
        let effects = h.press(.ctrl("t"))
        guard case .count(_, let token)? = effects.first else {
            Issue.record("Ctrl-T counts, got \(effects)")
            return
        }
        h.send(.countChecked(token: token, .failure(BackendError(message: "400 Bad Request: Could not parse cql: text = xp"))))
        #expect(h.screen.contains("400 Bad Request: Could not parse cql"))
        #expect(h.state.status.lastError?.message == "400 Bad Request: Could not parse cql: text = xp", "e shows the refusal whole")
        h.press(.backspace)
        #expect(h.state.builder?.check == .idle, "editing clears the server's answer")
    }

    @Test func aCountsRefusalLeavesTheStatusLineWithItsDraftOrForANewerNotice() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .backTab)
        h.type("title ~")
        guard case .count(_, let failing)? = h.press(.ctrl("t")).first else {
            Issue.record("Ctrl-T counts")
            return
        }
        h.send(.countChecked(token: failing, .failure(BackendError(message: "400: Could not parse cql : title ~"))))
        #expect(h.state.status.shownError != nil)
        h.type(" \"x\"")
        #expect(h.state.status.shownError == nil, "the refusal leaves the status line with the draft it refused")
        #expect(h.state.status.lastError != nil, "e still shows it")
        guard case .count(_, let passing)? = h.press(.ctrl("t")).first else {
            Issue.record("Ctrl-T counts again")
            return
        }
        h.send(.countChecked(token: passing, .success(3)))
        #expect(h.state.status.shownError == nil)
        h.press(.backspace)
        guard case .count(_, let refused)? = h.press(.ctrl("t")).first else {
            Issue.record("Ctrl-T counts a third time")
            return
        }
        h.send(.countChecked(token: refused, .failure(BackendError(message: "400: Could not parse cql : title ~ \"x"))))
        #expect(h.state.status.shownError != nil)
        // Closed, and a definition of the space saved: the save's notice is newer than the refusal.
        h.press(.escape, .char("f"), .tab, .char("s"))
        h.type("eng")
        guard let save = saveToken(of: h.press(.enter), "no save effect") else { return }
        h.send(.definitionSaved(token: save, .success(SavedDefinition(name: "eng", selector: "space ENG"))))
        let line = h.screen.components(separatedBy: "\n").last ?? ""
        #expect(line.contains("Saved definition eng") && !line.contains("400"), "the newer notice shows:\n\(line)")
        h.press(.char("e"))
        #expect(h.state.overlay == .errorDetail, "e still shows the refusal")
    }

    @Test func f1OpensTheHelpWhereQuestionMarksAreText() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .backTab, .char("?"))
        #expect(h.state.builder?.cql.text == "?" && h.state.overlay == nil)
        h.press(.function(1))
        #expect(h.state.overlay == .help(offset: 0))
    }

    @Test func typedLettersGoIntoTheEditorNotToCommands() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .backTab)
        h.type("space = spc")
        #expect(h.state.builder?.cql.text == "space = spc")
        #expect(h.state.builder?.mode == .cql && h.state.builder?.namePrompt == nil)
    }

    /// The builder at 80x24 in label mode, its labels loaded from `labelsPerPage`.
    private func labelMode(_ labelsPerPage: [[String]], limit: Int) -> ReducerHarness {
        var h = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .tab)
        guard case .loadLabels(_, let token)? = h.press(.tab).first else {
            Issue.record("label mode loads the labels")
            return h
        }
        h.send(.labelsLoaded(token: token, .success(LabelCounts(labelsPerPage: labelsPerPage, limit: limit))))
        return h
    }

    @Test func aLabelListLongerThanThePickerShowsWhereTheSelectionIs() {
        var h = labelMode([(1...60).map { "label-\($0)" }], limit: 1)
        #expect(h.screen.contains("1 of 60 · ENG counts; a label selects site-wide"))
        h.press(.down, .down, .pageDown)
        let selected = (h.state.builder?.labels.selection ?? 0) + 1
        #expect(selected > 3 && h.screen.contains("\(selected) of 60"))
        h.type("label-5")
        #expect(h.screen.contains("11 of 60 labels match · ENG counts; a label selects site-wide"),
                "label-5 and label-50 to 59 fit: no position, but how many of all match")
        h.type("9")
        #expect(h.screen.contains("1 of 60 labels match"))
    }

    @Test func aFilterTooLongToFitSaysWhereTheSelectionIsAmongTheMatches() {
        var h = labelMode([(1...200).map { "label-\($0)" }], limit: 1)
        h.type("label-1")
        #expect(h.screen.contains("1 of 111 matching, 200 labels"), "label-1, label-10 to 19 and label-100 to 199 match")
    }

    @Test func labelPickerLoadsCountsFiltersAndSaves() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .tab)
        let effects = h.press(.tab)
        guard case .loadLabels(let key, let token)? = effects.first else {
            Issue.record("label mode loads the labels, got \(effects)")
            return
        }
        #expect(key == "ENG")
        #expect(h.screen.contains("loading the labels of space ENG"))
        let counts = LabelCounts(labelsPerPage: [["docs", "api"], ["docs"], ["runbook"], ["docs"]], limit: 3)
        h.send(.labelsLoaded(token: token, .success(counts)))
        #expect(h.state.builder?.labels.items.map(\.title) == ["docs", "api", "runbook"])
        #expect(h.screen.contains("2 pages"), "counts from the first 3 pages: docs twice")
        #expect(h.screen.contains("counts from ENG's first pages; a label selects site-wide"))
        h.type("run")
        #expect(h.state.builder?.selector == .label("runbook"))
        h.press(.enter)
        #expect(h.state.builder?.namePrompt != nil)
        h.type("runbooks")
        let saved = h.press(.enter)
        guard case .saveDefinition(let definition, let expand, _)? = saved.first else {
            Issue.record("Enter saves, got \(saved)")
            return
        }
        #expect(definition.name == "runbooks" && definition.account == "work")
        #expect(definition.component.label == "runbook" && definition.component.serverURL == "https://example.atlassian.net/wiki")
        #expect(definition.component.apiToken == nil && expand == nil)
    }

    @Test func savingSaysWhyWhenTheDraftCannotBeSaved() {
        var noSite = ReducerHarness()
        noSite.loadSpaces()
        noSite.press(.char("f"), .char("s"))
        noSite.type("eng")
        #expect(noSite.press(.enter).isEmpty)
        #expect(noSite.screen.contains("This account has no site to save definitions for"))

        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .char("s"))
        h.type("bad name")
        #expect(h.press(.enter).isEmpty)
        #expect(h.state.builder?.saveProblem?.contains("definition name") == true)
        #expect(h.state.builder?.namePrompt != nil, "the prompt stays open for a fix")
        #expect(h.screen.contains("definition name"), "the reason is on screen, not only in the state")
        h.press(.backspace)
        #expect(h.state.builder?.saveProblem == nil, "editing the name clears it")

        var cql = ReducerHarness(accounts: [templateAccount])
        cql.loadSpaces()
        cql.press(.char("f"), .backTab)
        cql.type("text = x")
        #expect(cql.press(.enter).isEmpty)
        #expect(cql.state.builder?.namePrompt == nil, "the query is refused before a name is asked for")
        #expect(cql.state.builder?.saveProblem?.contains("not valid CQL") == true)
        #expect(cql.press(.ctrl("g")).isEmpty, "nor is it sent for a preview")
        #expect(cql.state.ingestion == nil && cql.state.builder?.saveProblem?.contains("not valid CQL") == true)
    }

    /// A label typed with a space in it says a label is one word, rather than only that nothing matches.
    @Test func aLabelWithASpaceSaysLabelsAreOneWord() {
        var h = labelMode([["docs"]], limit: 10)
        h.type("my label")
        #expect(h.state.builder?.selector == nil)
        #expect(h.screen.contains("A Confluence label is one word"), "\(h.screen)")
        h.press(.enter)
        #expect(h.state.builder?.saveProblem?.hasPrefix("A Confluence label is one word: \"my label\" holds a space") == true)
    }

    @Test func aLabelUsedOnlyElsewhereCanBeTypedWhole() {
        var h = labelMode([["docs"]], limit: 10)
        h.type("Run")
        #expect(h.state.builder?.selector == .label("run"))
        h.type("book")
        #expect(h.state.builder?.selector == .label("runbook"), "lowercased, as Confluence stores labels")
        #expect(h.screen.contains("Enter uses the label \"runbook\""))
        h.press(.enter)
        #expect(h.state.builder?.namePrompt != nil)
        h.press(.escape)
        h.type(" x")
        #expect(h.state.builder?.selector == nil, "text with a space is no label")
        h.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        h.type("do")
        #expect(h.state.builder?.selector == .label("docs"), "a listed match still wins")
    }

    @Test func aRefusalIsSaidOnceAndLeavesWhenItNoLongerHolds() {
        var h = inTree()
        h.press(.char("f"), .tab)
        #expect(h.state.builder?.mode == .pages)
        let sentence = "Mark pages in the tree with Space first."
        let before = h.screen.components(separatedBy: sentence).count
        h.press(.char("s"), .char("p"))
        #expect(h.screen.components(separatedBy: sentence).count == before + 1, "said once, not by both the save and the count")
        h.press(.char("c"))
        #expect(h.state.builder?.mode == .pages && h.state.builder?.saveProblem == sentence,
                "c says what is missing when there is nothing to turn into CQL")
        h.press(.tab)
        #expect(h.state.builder?.mode == .label)
        h.press(.enter)
        #expect(h.state.builder?.saveProblem == "Pick a label first.")
        h.type("x")
        #expect(h.state.builder?.saveProblem == nil, "typing in the picker clears it")
    }

    /// The name prompt offers one from what the draft selects while nothing is typed: Enter takes it, a key replaces it.
    @Test func theNamePromptOffersANameFromTheSelection() {
        var h = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .char("s"))
        #expect(h.state.builder?.namePrompt?.placeholder == "eng" && h.screen.contains("Save as: eng"), "\(h.screen)")
        guard case .saveDefinition(let definition, _, _)? = h.press(.enter).first else {
            Issue.record("Enter saves under the offered name")
            return
        }
        #expect(definition.name == "eng")
        var typed = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        typed.loadSpaces()
        typed.press(.char("f"), .char("s"))
        typed.type("mine")
        #expect(typed.screen.contains("Save as: mine") && !typed.screen.contains("mineeng"))
        guard case .saveDefinition(let named, _, _)? = typed.press(.enter).first else {
            Issue.record("Enter saves under the typed name")
            return
        }
        #expect(named.name == "mine")
    }

    @Test func aLongRefusalIsReadWholeAt80Columns() throws {
        var h = ReducerHarness(width: 80, height: 24, accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .char("s"))
        h.type("ops docs/1")
        h.press(.enter)
        let problem = try #require(h.state.builder?.saveProblem)
        #expect(problem.count > 78, "the sentence is longer than a row: \(problem)")
        let shown = h.screen.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
            .joined(separator: " ")
        #expect(shown.contains(problem.split(separator: " ").suffix(4).joined(separator: " ")), "its end is on screen:\n\(h.screen)")
        #expect(h.state.builder?.namePrompt != nil && h.screen.contains("Save as: ops docs/1"), "the prompt stays for a fix")
    }

    @Test func aSaveClosesTheBuilderWithANoticeOnlyForTheLatestSave() {
        var h = inTree()
        h.press(.char(" "), .char("f"), .char("i"), .char("s"))
        h.type("start")
        guard case .saveDefinition(_, let expand, let token)? = h.press(.enter).first else {
            Issue.record("no save effect")
            return
        }
        #expect(expand?.roots == ["1"] && expand?.includesDescendants == true, "descendants of the marked pages are expanded when saving")
        h.send(.definitionSaved(token: RequestToken(token.value + 1), .success(SavedDefinition(name: "x", selector: "y"))))
        #expect(h.state.builder != nil, "a result for another save is dropped")
        h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "start", selector: "3 pages", addedDescendants: 2))))
        #expect(h.state.builder == nil)
        #expect(h.state.status.notice == "Saved definition start (3 pages), with 2 descendant pages expanded to ids.")
        h.press(.char("f"))
        #expect(h.state.builder?.includeDescendants == true, "the descendants choice stands for the next draft")
        #expect(h.state.builder?.namePrompt == nil && h.state.builder?.check == .idle, "the rest of the saved draft is done")
    }

    @Test func aBuilderClosedWhileSavingHearsTheResult() {
        var h = inTree()
        h.press(.char(" "), .char("f"), .char("i"), .char("O"), .char(" "), .escape, .char("s"))
        h.type("first")
        guard let saved = saveToken(of: h.press(.enter), "no save effect") else { return }
        h.press(.escape)
        h.send(.definitionSaved(token: saved, .success(SavedDefinition(name: "first", selector: "1 page"))))
        #expect(h.state.status.notice?.hasPrefix("Saved definition first") == true, "the notice shows with the builder closed")
        h.press(.char("f"))
        #expect(h.state.builder?.includeDescendants == true && h.state.builder?.loaderOptions.values.isEmpty == true,
                "the saved draft gave way to the next one")
        h.press(.char("s"))
        h.type("second")
        guard let failed = saveToken(of: h.press(.enter), "no second save effect") else { return }
        h.press(.escape)
        h.send(.definitionSaved(token: failed, .failure(BackendError(message: "the disk is full"))))
        #expect(h.state.status.notice == "The definition was not saved: the disk is full; f opens its draft again.")
        h.press(.char("f"))
        #expect(h.state.builder?.saving == nil && h.state.builder?.includeDescendants == true, "the unsaved draft opens again")
        #expect(h.state.builder?.namePrompt?.text == "second" && h.state.builder?.saveProblem == "Not saved: the disk is full",
                "with its name and why")
    }

    @Test func aRefusedNameShowsOnTheShortestScreens() {
        for height in [2, 3] {
            var h = inTree()
            h.press(.char(" "), .char("f"), .char("s"))
            h.send(.resize(width: 40, height: height))
            h.type("a b")
            h.press(.enter)
            #expect(h.state.builder?.saveProblem != nil)
            #expect(h.screen.contains("Not saved"), "40x\(height):\n\(h.screen)")
            h.type("x")
            #expect(h.screen.contains("Save as: a bx"), "the next key brings the prompt back:\n\(h.screen)")
        }
    }

    /// A refused save (a name taken) keeps the prompt and its name, so one more key tries again.
    @Test func aFailedSaveKeepsItsNamePromptOpen() {
        var h = inTree()
        h.press(.char(" "), .char("f"), .char("s"))
        h.type("taken")
        guard let token = saveToken(of: h.press(.enter), "no save effect") else { return }
        h.send(.definitionSaved(token: token, .failure(BackendError(message: "a definition named \"taken\" already exists"))))
        #expect(h.state.builder?.namePrompt?.text == "taken")
        #expect(h.screen.contains("Not saved: a definition named \"taken\" already exists"))
        h.type("-2")
        #expect(h.state.builder?.saveProblem == nil, "typing clears the reason")
        guard case .saveDefinition(let definition, _, _)? = h.press(.enter).first else {
            Issue.record("no second save effect")
            return
        }
        #expect(definition.name == "taken-2")
    }

    /// In the demo, definitions end with the session: `q` says so once before they go.
    @Test func quittingAsksOnceWhileSessionDefinitionsWouldBeLost() {
        var h = inTree()
        h.state.definitionsLastUntilExit = true
        h.press(.char("q"))
        #expect(h.state.isFinished, "nothing saved: q quits")
        h = inDemoWithASavedDefinition()
        h.press(.char("q"))
        #expect(!h.state.isFinished)
        #expect(h.state.status.notice == "q again quits, and the definitions saved this session end with it (to keep them: d, Enter, w).")
        h.press(.char("j"), .char("q"))
        #expect(!h.state.isFinished, "another key in between asks again")
        h.press(.char("q"))
        #expect(h.state.isFinished)
    }

    /// Ctrl-C quits as `q` does (the terminal's interrupt is off, so a demo's definitions are asked about, not lost to a
    /// signal), and the question names the key pressed.
    @Test func controlCQuitsAsQDoes() {
        var h = inDemoWithASavedDefinition()
        h.press(.ctrl("c"))
        #expect(h.state.status.notice?.hasPrefix("Ctrl-C again quits, and the definitions saved this session end with it") == true)
        h.press(.ctrl("c"))
        #expect(h.state.isFinished)
    }

    /// The tree of a demo, whose definitions end with it, after saving one.
    private func inDemoWithASavedDefinition() -> ReducerHarness {
        var h = inTree()
        h.state.definitionsLastUntilExit = true
        h.press(.char(" "), .char("f"), .char("s"))
        h.type("kept")
        if let token = saveToken(of: h.press(.enter), "no save effect") {
            h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "kept", selector: "1 page"))))
        }
        return h
    }

    @Test func aSecondSaveWaitsForTheFirst() {
        var h = inTree()
        h.press(.char(" "), .char("f"), .char("s"))
        h.type("first")
        guard let token = saveToken(of: h.press(.enter), "no save effect") else { return }
        #expect(h.press(.char("s")).isEmpty && h.state.builder?.namePrompt == nil, "no second prompt while the first save runs")
        #expect(h.state.status.notice == "Saving the definition: the draft can change once the save ends.")
        h.press(.char("i"), .tab)
        #expect(h.state.builder?.includeDescendants == false && h.state.builder?.mode == .pages, "the draft being saved stays as it is")
        h.press(.escape, .char("f"))
        #expect(h.press(.enter).isEmpty, "a reopened builder still knows the save runs")
        h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "first", selector: "1 page"))))
        #expect(h.state.builder == nil && h.state.status.notice?.hasPrefix("Saved definition first") == true)
    }

    @Test func theNextDraftAfterASaveStartsAfresh() {
        var h = inTree()
        h.press(.char("f"), .backTab)
        h.type("type = page")
        h.press(.tab, .char("s"))
        h.type("space")
        guard let token = saveToken(of: h.press(.enter), "no save effect") else { return }
        h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "space", selector: "space SPC"))))
        h.press(.char("f"))
        #expect(h.state.builder?.cql.text == "" && h.state.builder?.mode == .space, "the query of a saved draft is not kept")
    }

    /// An archived page marked in the tree is tagged in the pages tab, and the CQL `c` writes for it says search leaves
    /// it out, rather than counting fewer pages without a word.
    @Test func anArchivedMarkIsTaggedAndItsCQLSaysSearchLeavesItOut() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.openSpace()
        guard case .loadChildren(_, _, _, let token)? = h.press(.enter).first(where: { if case .loadChildren = $0 { true } else { false } }) else {
            Issue.record("Enter loaded no children: \(h.effects)")
            return
        }
        let children = [TreeItem(id: "11", title: "Install 安装", childCount: 0), TreeItem(id: "12", title: "Retired", childCount: 0, isArchived: true)]
        h.send(.childrenLoaded(nodeID: "1", token: token, .success(LoadedItems(children, parentTitle: "Getting started"))))
        h.press(.char("j"), .char("j"), .char(" "))
        #expect(h.state.marks.mark("12")?.isArchived == true)
        h.press(.char("f"))
        #expect(h.state.builder?.mode == .pages)
        #expect(h.screen.contains("[archived] Retired"), "\(h.screen)")
        h.press(.char("c"))
        #expect(h.state.builder?.mode == .cql)
        #expect(h.screen.contains("Retired (12) is archived: search leaves it out"), "\(h.screen)")
    }

    /// A builder too narrow for every hint keeps the ways to save, close and get help, in every mode.
    @Test func aNarrowBuilderKeepsSaveCloseAndHelp() {
        var h = inTree()
        h.send(.resize(width: 40, height: 16))
        h.press(.char("f"))
        for mode in ["space", "pages", "label", "CQL"] {
            let hints = h.screen.components(separatedBy: "\n").first { $0.contains(" help") } ?? ""
            #expect(hints.contains(" save") && hints.contains(" close") && hints.contains(" help"), "\(mode) at 40 columns:\n\(h.screen)")
            h.press(.tab)
        }
    }

    @Test func aNoticeTheStatusLineCutsIsReadWholeWithE() {
        var h = inTree()
        h.send(.resize(width: 80, height: 24))
        h.press(.char(" "), .char("f"), .char("i"), .char("s"))
        h.type("start")
        guard let token = saveToken(of: h.press(.enter), "no save effect") else { return }
        let notice = "Saved definition start (3 pages), with 2 descendant pages expanded to ids."
        h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "start", selector: "3 pages", addedDescendants: 2))))
        let line = h.screen.components(separatedBy: "\n").last ?? ""
        #expect(line.contains("e whole message") && !line.contains("to ids."), "the notice is cut and e offered:\n\(line)")
        h.send(.resize(width: 40, height: 12))
        let narrow = h.screen.components(separatedBy: "\n").last ?? ""
        #expect(narrow.hasPrefix("e more  ? help "), "a narrow line keeps room for e and the help:\n\(narrow)")
        h.send(.resize(width: 80, height: 24))
        h.press(.char("e"))
        #expect(h.state.overlay == .notice(notice), "the notice whole, not the marks' count before it")
        #expect(h.screen.contains("expanded to ids."), "the dialog shows it whole:\n\(h.screen)")
        h.press(.escape)
        #expect(h.state.overlay == nil && h.state.status.notice == nil)
        h.press(.char("e"))
        #expect(h.state.overlay == nil && h.state.status.notice == "No error to show.", "a notice that fits is not offered again")
        #expect(!h.screen.contains("whole message"))
    }

    @Test func aSaveInASessionWhoseDefinitionsAreDiscardedSaysHowToKeepIt() {
        var h = inTree()
        h.state.definitionsLastUntilExit = true
        h.press(.char(" "), .char("f"), .char("s"))
        h.type("start")
        guard let token = saveToken(of: h.press(.enter), "no save effect") else { return }
        h.send(.definitionSaved(token: token, .success(SavedDefinition(name: "start", selector: "1 page"))))
        #expect(h.state.status.notice
            == "Saved definition start (1 page). It ends with this session; to keep it, export it (d, Enter, w).")
        h.press(.char("d"))
        #expect(h.screen.contains("Definitions (they end with this session)"), "the list says so too, as a notice may be cut")
    }

    @Test func aDraftClosedUnsavedOpensAgainWithItsChoices() {
        var h = inTree()
        h.press(.char(" "), .char(" "), .char("f"), .char("i"), .escape)
        #expect(h.state.builder == nil)
        h.press(.char("f"))
        #expect(h.state.builder?.mode == .pages)
        #expect(h.state.builder?.includeDescendants == true, "Esc kept the descendants choice")
        h.press(.backTab, .backTab)
        h.type("type = page")
        h.press(.escape, .char("f"))
        #expect(h.state.builder?.mode == .cql)
        #expect(h.state.builder?.cql.text == "type = page")
        h.press(.tab, .tab)
        #expect(h.state.builder?.mode == .pages, "Tab went round to pages mode")
        h.press(.escape, .up, .up, .char(" "), .char(" "))
        #expect(h.state.marks.isEmpty)
        h.press(.char("f"))
        #expect(h.state.builder?.mode == .space, "with nothing marked the draft opens on the space, as a new one does")
        #expect(h.state.builder?.pageIDs.isEmpty == true)
        #expect(h.state.builder?.cql.text == "type = page")
    }

    @Test func aLabelDraftReopenedOnAnotherSpaceKeepsItsFilterAndLabel() {
        var h = labelMode([["docs", "api"], ["runbook"]], limit: 10)
        h.type("run")
        #expect(h.state.builder?.selector == .label("runbook"))
        h.press(.escape, .down)
        guard case .loadLabels(let key, let token)? = h.press(.char("f")).first else {
            Issue.record("the labels of the other space load")
            return
        }
        #expect(key == "DSN")
        h.send(.labelsLoaded(token: token, .success(LabelCounts(labelsPerPage: [["design"], ["runbook", "design"]], limit: 10))))
        #expect(h.state.builder?.labelFilter.text == "run")
        #expect(h.state.builder?.labels.matchCount == 1, "the picker is filtered as typed")
        #expect(h.state.builder?.selector == .label("runbook"))
    }

    @Test func theChosenLabelSurvivesASpaceWithoutIt() {
        var h = labelMode([["docs"], ["design"], ["runbook"]], limit: 10)
        h.type("des")
        #expect(h.state.builder?.selector == .label("design"))
        h.press(.escape, .down)
        guard case .loadLabels(_, let other)? = h.press(.char("f")).first else {
            Issue.record("the labels of DSN load")
            return
        }
        h.send(.labelsLoaded(token: other, .success(LabelCounts(labelsPerPage: [["docs"]], limit: 10))))
        #expect(h.state.builder?.selector == .label("des"), "DSN has no design: the filter is taken as a label typed whole")
        h.press(.escape, .up)
        guard case .loadLabels(_, let back)? = h.press(.char("f")).first else {
            Issue.record("the labels of ENG load again")
            return
        }
        h.send(.labelsLoaded(token: back, .success(LabelCounts(labelsPerPage: [["docs"], ["design"]], limit: 10))))
        #expect(h.state.builder?.selector == .label("design"), "the label chosen in ENG is chosen again")
    }

    @Test func escClosesTheNamePromptThenTheBuilder() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .char("s"))
        h.press(.escape)
        #expect(h.state.builder != nil && h.state.builder?.namePrompt == nil)
        h.press(.escape)
        #expect(h.state.builder == nil)
    }
}

/// Stale and hostile results around the builder.
struct FilterBuilderResultTests {
    @Test func aStaleLabelLoadIsDroppedAndAFailureIsShown() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .tab)
        guard case .loadLabels(_, let token)? = h.press(.tab).first else {
            Issue.record("no label load")
            return
        }
        h.send(.labelsLoaded(token: RequestToken(token.value + 7), .success(LabelCounts(labelsPerPage: [["x"]], limit: 10))))
        #expect(h.state.builder?.labels.items.isEmpty == true)
        h.send(.labelsLoaded(token: token, .failure(BackendError(message: "HTTP 503 from the server"))))
        #expect(h.screen.contains("HTTP 503 from the server"))
        let retry = h.press(.tab, .backTab)
        #expect(retry.contains { if case .loadLabels = $0 { true } else { false } }, "coming back after a failure loads again")
    }

    @Test func labelsWithEscapeSequencesNeverReachTheGrid() {
        var h = ReducerHarness(accounts: [templateAccount])
        h.loadSpaces()
        h.press(.char("f"), .tab)
        guard case .loadLabels(_, let token)? = h.press(.tab).first else { Issue.record("the expected effect did not come"); return }
        h.send(.labelsLoaded(token: token, .success(LabelCounts(labelsPerPage: [["evil\u{1B}[2J\u{1B}]0;pwned\u{07}label"]], limit: 10))))
        let text = h.screen
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("evillabel"))
    }

    @Test func switchingAccountsForgetsMarksAndCloses() {
        var h = ReducerHarness(accounts: [templateAccount, Account(name: "other", detail: "x")])
        h.state = AppState(width: 120, height: 40, accounts: [templateAccount, Account(name: "other", detail: "x")],
                           canSwitchAccounts: true, previewDelayMilliseconds: 0)
        h.loadSpaces()
        h.openSpace()
        h.press(.char(" "), .char("f"))
        #expect(h.state.marks.count == 1 && h.state.builder != nil)
        h.press(.escape, .backTab, .backTab, .char("j"))
        guard case .switchAccount(let account, let token)? = h.press(.enter).first else {
            Issue.record("no switch")
            return
        }
        h.send(.accountSwitched(name: account.name, token: token, .success(())))
        #expect(h.state.marks.isEmpty && h.state.builder == nil)
    }
}

/// The token of the save `effects` start, recording `missing` as an issue when they start none.
private func saveToken(of effects: [Effect], _ missing: Comment, sourceLocation: SourceLocation = #_sourceLocation) -> RequestToken? {
    guard case .saveDefinition(_, _, let token)? = effects.first else {
        Issue.record(missing, sourceLocation: sourceLocation)
        return nil
    }
    return token
}
