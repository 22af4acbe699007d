import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// The ingestion preview overlay's reducer: quick look, full pass progress, cancel with a partial report, the report,
/// the listed page previewed, stale results dropped.
struct IngestionTests {
    static let quick = IngestQuickLook(total: 3, first: [
        PreviewEntry(id: "1", title: "Start here", spaceKey: "ENG", breadcrumb: ["ENG"]),
        PreviewEntry(id: "11", title: "Child one", spaceKey: "ENG", breadcrumb: ["ENG", "Start here"]),
        PreviewEntry(id: "22", title: "API 設計 guide", spaceKey: "ENG", breadcrumb: ["ENG", "Guides"]),
    ])

    static func progress(done: Int, total: Int? = 3, seconds: Int = 2) -> IngestProgress {
        IngestProgress(done: done, total: total, failed: 0, elapsed: .seconds(seconds), rateLimitWait: nil, requests: done + 1, retries: 0)
    }

    /// A report as `preview --full --json` prints it (its shape is the public contract).
    static func report(pages: Int = 3, complete: Bool = true) -> IngestReport {
        let json = """
        {"selector": {"field": "space_key", "value": "ENG"}, "site": "https://example.atlassian.net", "site_kind": "cloud",
         "complete": \(complete), \(complete ? "" : #""listing_error": "the pass was cancelled","#) "expected_count": 3,
         "page_count": \(pages), "total_characters": 12345, "estimated_tokens": 3210, "token_estimate_basis": "test",
         "largest_pages": [{"id": "22", "title": "API 設計 guide", "space_key": "ENG", "characters": 10000, "estimated_tokens": 2500},
                           {"id": "1", "title": "Start here", "space_key": "ENG", "characters": 2345, "estimated_tokens": 710}],
         "failed_pages": [{"id": "11", "title": "Child one", "reason": "Confluence answered 403 Forbidden", "status": 403}],
         "skipped": [{"reason": "archived_page", "count": 2, "page_ids": ["7", "8"], "note": "archived pages of the space"}],
         "not_pages": [],
         "page_ids": ["1", "11", "22"], "requests": 5, "retries": 1, "rate_limit_waits": 0, "rate_limit_wait_seconds": 0,
         "elapsed_seconds": 1.2}
        """
        do {
            return try JSONDecoder().decode(IngestReport.self, from: Data(json.utf8))
        } catch {
            fatalError("the test report does not decode: \(error)")
        }
    }

    /// A harness with the spaces loaded and the overlay opened from the filter builder on ENG.
    private func opened(width: Int = 120, height: Int = 40) -> (ReducerHarness, RequestToken) {
        var harness = ReducerHarness(width: width, height: height)
        harness.loadSpaces()
        harness.press(.char("f"))
        guard case .quickIngestionPreview(.space(key: "ENG"), let token)? = harness.press(.char("P")).first else {
            Issue.record("P did not ask for the quick look: \(harness.effects)")
            return (harness, RequestToken(0))
        }
        return (harness, token)
    }

    /// Opens the overlay, answers the quick look and its first page.
    private func withQuickLook(width: Int = 120, height: Int = 40) -> ReducerHarness {
        var (harness, token) = opened(width: width, height: height)
        harness.answer(harness.send(.ingestionQuickLoaded(token: token, .success(Self.quick))))
        return harness
    }

    /// Presses `F` and returns the pass's token.
    private func startPass(_ harness: inout ReducerHarness, selector: ConfluenceDataSource.Selector = .space(key: "ENG")) -> RequestToken? {
        guard case .startFullPass(selector, let token)? = harness.press(.char("F")).first else { return nil }
        return token
    }

    @Test func pInTheSpacesPanePreviewsTheSelectedSpaceAndElsewhereSaysWhy() {
        var harness = ReducerHarness()
        harness.loadSpaces()
        guard case .quickIngestionPreview(.space(key: "ENG"), _)? = harness.press(.char("P")).first else {
            Issue.record("P in the spaces pane did not ask for the space's quick look: \(harness.effects)")
            return
        }
        #expect(harness.state.ingestion?.name == "space ENG")
        #expect(harness.state.builder == nil)
        harness.press(.escape)
        #expect(harness.state.ingestion == nil)
        harness.press(.backTab)
        #expect(harness.press(.char("P")).isEmpty)
        #expect(harness.state.status.notice?.hasPrefix("Select a space") == true)
    }

    @Test func theBuilderOpensTheOverlayOnItsDraft() {
        let (harness, _) = opened()
        #expect(harness.state.ingestion?.name == "draft")
        #expect(harness.state.builder != nil, "the builder stays underneath")
        #expect(harness.screen.contains("Ingestion preview · draft · Esc closes"))
        #expect(harness.screen.contains("space ENG ·"))
    }

    @Test func theQuickLookListsTheFirstPagesAndPreviewsTheSelectedOne() throws {
        var harness = withQuickLook()
        let view = try #require(harness.state.ingestion)
        #expect(view.list.items.map(\.title) == ["Start here", "Child one", "API 設計 guide"])
        #expect(view.preview.page?.id == "1")
        #expect(harness.state.preview.targetID == nil, "the pane's preview is not touched")
        #expect(harness.screen.contains("space ENG · 3 pages selected"))
        #expect(harness.screen.contains("ENG › Start here"))
        harness.press(.char("j"))
        #expect(harness.pageLoads.map(\.id) == ["11"])
        harness.answer(harness.effects)
        #expect(harness.state.ingestion?.preview.page?.id == "11")
        #expect(harness.screen.contains("Body of page 11."))
    }

    /// Enter shows the selected page in the tree: the preview closes, and so does the builder it was opened from.
    @Test func enterShowsThePageInTheTreeClosingTheBuilderToo() {
        var harness = withQuickLook()
        #expect(harness.state.builder != nil)
        let effects = harness.press(.enter)
        #expect(harness.state.status.notice == "Showing \"Getting started\" in the tree…", "a slow site's loads say what they are for")
        for case .loadRoots(let key, let token) in effects {
            let items = (Fixture.roots[key] ?? []).compactMap { Fixture.nodes[$0]?.item }
            harness.answer(harness.send(.rootsLoaded(spaceKey: key, token: token, .success(LoadedItems(items, parentTitle: nil)))))
        }
        #expect(harness.state.ingestion == nil)
        #expect(harness.state.builder == nil, "the tree is what shows")
        #expect(harness.state.focus == .tree)
        #expect(harness.state.tree.selectedNodeID == "1")
        #expect(harness.state.status.notice == nil, "the page is shown, so the line no longer says it is being found")
    }

    /// Ctrl-D and Ctrl-U scroll the page beside the list; the list keeps its selection, and j/k still move it.
    @Test func ctrlDScrollsThePageNotTheList() {
        var harness = withQuickLook(width: 120, height: 14)
        harness.answer(harness.press(.char("j"), .char("j")))
        #expect(harness.state.ingestion?.list.selectedID == "22")
        #expect(harness.state.ingestion?.preview.page?.id == "22")
        harness.answer(harness.press(.ctrl("d")))
        #expect(harness.state.ingestion?.list.selectedID == "22", "the list stays")
        #expect((harness.state.ingestion?.preview.text.scrollY ?? 0) > 0, "the page scrolled:\n\(harness.screen)")
        harness.answer(harness.press(.ctrl("u")))
        #expect(harness.state.ingestion?.preview.text.scrollY == 0)
    }

    /// Listed ids the site lacks are counted and, while few, named on the count line, since the list cannot show them.
    @Test func missingIdsAreNamedWhileFew() throws {
        var (harness, token) = opened()
        let first = [PreviewEntry(id: "1", title: "Start here", spaceKey: "ENG", breadcrumb: ["ENG"])]
        harness.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 1, first: first, missing: ["99999999", "5"]))))
        #expect(harness.screen.contains("1 page selected · 2 not found (99999999, 5)"), "\(harness.screen)")
        var (many, manyToken) = opened()
        many.send(.ingestionQuickLoaded(token: manyToken, .success(IngestQuickLook(total: 1, first: first, missing: ["2", "3", "4", "5"]))))
        #expect(many.screen.contains("1 page selected · 4 not found") && !many.screen.contains("(2, 3"), "\(many.screen)")
    }

    /// A folder listed by id is selected, as the loader fetches it, but marked: it brings no text and none of its pages.
    @Test func aListedFolderIsMarkedAsNoPage() throws {
        var (harness, token) = opened()
        let first = [PreviewEntry(id: "1", title: "Start here", spaceKey: "ENG", breadcrumb: ["ENG"]),
                     PreviewEntry(id: "9", kind: .folder, title: "Roadmaps", spaceKey: "ENG", breadcrumb: ["ENG", "Start here"])]
        harness.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 2, first: first))))
        let items = try #require(harness.state.ingestion?.list.items)
        #expect(items.map(\.title) == ["Start here", "[folder] Roadmaps"])
        #expect(items.map(\.role) == [.normal, .warning])
        #expect(items[1].detail == "ENG › Start here")
        #expect(harness.screen.contains("space ENG · 2 pages selected · 1 no page"))
        let loads = harness.press(.char("j"))
        #expect(!loads.contains { if case .loadPage = $0 { true } else { false } }, "a folder has no page to load: \(loads)")
        #expect(harness.screen.contains("Folder · no body of its own: an ingestion pulls it without"))
    }

    /// A listed folder the tree holds, its contents not loaded there, still reads as what an ingestion makes of it.
    @Test func aListedFolderTheTreeHoldsReadsAsAnIngestionSeesIt() throws {
        var harness = ReducerHarness(width: 120, height: 40)
        harness.expandArchitecture()
        harness.press(.char("j"))
        #expect(harness.screen.contains("Folder · contents not loaded yet"), "the pane says what the tree knows")
        harness.press(.char("f"))
        guard case .quickIngestionPreview(_, let token)? = harness.press(.char("P")).first else {
            Issue.record("P did not ask for the quick look: \(harness.effects)")
            return
        }
        let first = [PreviewEntry(id: "1", title: "Getting started", spaceKey: "ENG", breadcrumb: ["ENG"]),
                     PreviewEntry(id: "21", kind: .folder, title: "Diagrams", spaceKey: "ENG", breadcrumb: ["ENG", "Architecture 架构"])]
        harness.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 2, first: first))))
        harness.press(.char("j"))
        #expect(harness.screen.contains("Folder · no body of its own: an ingestion pulls it without"))
        #expect(!harness.screen.contains("contents not loaded yet"))
    }

    @Test func aListLongerThanItsRowsShowsWhereTheSelectionIs() throws {
        var (harness, token) = opened(width: 80, height: 24)
        let first = (1...50).map { PreviewEntry(id: "\($0)", title: "Page \($0)", spaceKey: "ENG", breadcrumb: ["ENG"]) }
        harness.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 900, first: first))))
        let titleRow = { harness.screen.split(separator: "\n").first { $0.contains("First 50 of 900 pages") }.map(String.init) ?? "" }
        #expect(titleRow().contains(" 1 of 50"), "\(titleRow())")
        harness.press(.char("j"), .char("j"))
        #expect(titleRow().contains(" 3 of 50"), "\(titleRow())")
    }

    /// At 80 columns a long query is cut on the count line, never the count; a long breadcrumb keeps its space key.
    @Test func aLongQueryIsCutBeforeTheCountAndBreadcrumbsKeepTheirSpace() throws {
        var harness = ReducerHarness(width: 80, height: 24)
        harness.loadSpaces()
        harness.press(.char("f"), .char("c"))
        harness.type(" AND (ancestor in (65705, 65740) OR title ~ \"fleet control\")")
        guard case .quickIngestionPreview(.cql, let token)? = harness.press(.ctrl("g")).first else {
            Issue.record("Ctrl-G did not ask for the quick look: \(harness.effects)")
            return
        }
        let quick = IngestQuickLook(total: 10, first: [
            PreviewEntry(id: "5", title: "Restart fleet-control safely", spaceKey: "OPS",
                         breadcrumb: ["OPS", "Operations Home", "Fleet Control", "Fleet Control runbooks"]),
        ])
        harness.answer(harness.send(.ingestionQuickLoaded(token: token, .success(quick))))
        let rows = harness.screen.split(separator: "\n")
        let count = try #require(rows.first { $0.contains("CQL") })
        #expect(count.contains("… · 10 pages selected"))
        #expect(rows.contains { $0.contains("Restart fleet") && ($0.contains("OPS › … › Fleet") || $0.contains("OPS › …Fleet")) },
                "the space key stays, then the mark of the parts dropped and the nearest parent:\n\(harness.screen)")
    }

    @Test func aStaleQuickLookIsDropped() {
        var (harness, token) = opened()
        harness.press(.escape)
        #expect(harness.state.ingestion == nil)
        harness.press(.char("P"))
        harness.send(.ingestionQuickLoaded(token: token, .success(Self.quick)))
        #expect(harness.state.ingestion?.quick == nil)
    }

    @Test func theFullPassShowsProgressThenTheReport() throws {
        var harness = withQuickLook(width: 80, height: 24)
        let token = try #require(startPass(&harness))
        #expect(harness.state.ingestion?.pass == .running(token, nil))
        #expect(harness.state.isBusy)
        #expect(harness.press(.char("F")).isEmpty, "one pass at a time")
        harness.send(.fullPassProgress(token: token, Self.progress(done: 1)))
        #expect(harness.state.ingestion?.pass.progress?.done == 1)
        #expect(harness.screen.contains("1/3 pages"))
        #expect(harness.screen.contains("0.5 pages/s · ETA 4 s"))
        harness.send(.fullPassProgress(token: RequestToken(999), Self.progress(done: 3)))
        #expect(harness.state.ingestion?.pass.progress?.done == 1, "progress of another pass is dropped")
        harness.answer(harness.send(.fullPassEnded(token: token, .finished(Self.report()))))
        let view = try #require(harness.state.ingestion)
        #expect(view.pass == .finished(Self.report()))
        #expect(view.listing == .report)
        #expect(view.list.items.map(\.title) == ["API 設計 guide", "Start here", "Child one"])
        #expect(view.preview.page?.id == "22", "the largest page is shown")
        #expect(harness.screen.contains("Full pass: 3 pages · 12,345 characters · ~3,210 tokens · 1.2 s"))
        #expect(harness.screen.contains("1 failed to load · 2 skipped (archived page)"))
        harness.press(.tab)
        #expect(harness.state.ingestion?.listing == .first)
        #expect(harness.state.ingestion?.list.items.first?.title == "Start here")
    }

    @Test func anEmptySelectionOffersNoFullPass() {
        var (harness, token) = opened(width: 80, height: 24)
        harness.send(.ingestionQuickLoaded(token: token, .success(IngestQuickLook(total: 0, first: []))))
        #expect(harness.screen.contains("Nothing for a full pass to measure."), "\(harness.screen)")
        #expect(!harness.screen.contains("F full pass"), "no key offers it")
        #expect(harness.press(.char("F")).isEmpty)
    }

    @Test func aRunningPassKeepsItsHelpHintAndItsReportCountsWaitsInWords() throws {
        var harness = withQuickLook(width: 80, height: 24)
        let token = try #require(startPass(&harness))
        #expect(harness.screen.contains("? help"), "\(harness.screen)")
        var report = Self.report()
        report.rateLimitWaits = 1
        report.rateLimitWaitSeconds = 1
        harness.answer(harness.send(.fullPassEnded(token: token, .finished(report))))
        #expect(harness.screen.contains("1 rate-limit wait (1.0 s)"), "\(harness.screen)")
    }

    /// A pass run again from the report shows the first pages while it runs: the last report's largest pages are not its.
    @Test func aPassRunAgainShowsTheFirstPagesUntilItsReport() throws {
        var harness = withQuickLook(width: 80, height: 24)
        let token = try #require(startPass(&harness))
        harness.answer(harness.send(.fullPassEnded(token: token, .finished(Self.report()))))
        #expect(harness.state.ingestion?.listing == .report)
        _ = try #require(startPass(&harness))
        #expect(harness.state.ingestion?.listing == .first)
        #expect(harness.state.ingestion?.list.items.map(\.title) == ["Start here", "Child one", "API 設計 guide"])
        #expect(!harness.screen.contains("Largest"), "\(harness.screen)")
        let view = try #require(harness.state.ingestion)
        #expect(view.preview.targetID == view.list.selectedID && view.preview.page?.id != "22",
                "the page beside is the selected one, not the last report's largest")
    }

    @Test func escCancelsThePassAndKeepsWhatItMeasured() throws {
        var harness = withQuickLook()
        let token = try #require(startPass(&harness))
        harness.send(.fullPassProgress(token: token, Self.progress(done: 2)))
        #expect(harness.press(.escape) == [.cancelFullPass])
        #expect(harness.state.ingestion?.pass == .cancelling(token, Self.progress(done: 2)))
        #expect(harness.screen.contains("cancelling"))
        #expect(harness.press(.escape).isEmpty, "a second Esc waits for the pass to stop")
        #expect(harness.state.ingestion != nil)
        let partial = Self.report(pages: 2, complete: false)
        harness.answer(harness.send(.fullPassEnded(token: token, .cancelled(partial))))
        #expect(harness.state.ingestion?.pass == .cancelled(partial, Self.progress(done: 2)))
        #expect(harness.screen.contains("Cancelled after 2 pages of 3 (partial): 12,345 characters"))
        #expect(!harness.state.isBusy)
        // Too narrow for the figures beside the pages, they take a row of their own rather than being cut.
        harness.send(.resize(width: 60, height: 24))
        #expect(harness.screen.contains("Cancelled after 2 pages of 3 (partial):"))
        #expect(harness.screen.contains("12,345 characters · ~3,210 tokens · 1.2 s"))
        // The problems are said briefly so the request and retry counts still fit beside them.
        #expect(harness.screen.contains("1 failed · 2 skipped · 5 requests · 1 retry"), "\(harness.screen)")
        let closing = harness.press(.escape)
        #expect(harness.state.ingestion == nil)
        #expect(closing == [.cancelPageLoad])
        #expect(harness.state.builder != nil)
    }

    @Test func aPassCancelledBeforeAnyPageSaysSo() throws {
        var harness = withQuickLook()
        let token = try #require(startPass(&harness))
        harness.press(.escape)
        harness.send(.fullPassEnded(token: token, .cancelled(nil)))
        #expect(harness.screen.contains("Cancelled before any page was measured."))
        #expect(harness.state.ingestion?.listing == .first)
    }

    @Test func quittingTheOverlayStopsThePassAndItsEndIsDropped() throws {
        var harness = withQuickLook()
        let token = try #require(startPass(&harness))
        #expect(harness.press(.char("q")).first == .cancelFullPass)
        #expect(harness.state.ingestion == nil)
        harness.send(.fullPassEnded(token: token, .finished(Self.report())))
        #expect(harness.state.ingestion == nil)
    }

    @Test func aFailedPassShowsWhy() throws {
        var harness = withQuickLook()
        let token = try #require(startPass(&harness))
        harness.send(.fullPassEnded(token: token, .failed(BackendError(message: "This site cannot run an ingestion preview."))))
        #expect(harness.screen.contains("The full pass failed: This site cannot run an ingestion preview."))
        #expect(startPass(&harness) != nil, "F runs it again")
    }

    @Test func aPassWhoseListingStoppedIsPartialAndItsReasonCanBeReadWhole() throws {
        var harness = withQuickLook(width: 80, height: 24)
        let token = try #require(startPass(&harness))
        var stopped = Self.report(pages: 2, complete: false)
        stopped.listingError = "the connection was refused (is the server running, and is the port right?) on http://127.0.0.1:9"
        harness.answer(harness.send(.fullPassEnded(token: token, .finished(stopped))))
        #expect(harness.screen.contains("Partial: 2 pages of 3, the listing stopped:"), "never 'Full pass' for a pass that stopped")
        #expect(harness.screen.contains("the connection was refused"))
        #expect(harness.state.status.lastError?.message.contains("Could not list every page") == true)
        harness.press(.char("e"))
        #expect(harness.state.overlay == .errorDetail)
        #expect(harness.screen.contains("is the port right?"))
    }

    @Test func aFailedCountCanBeAskedAgainAndAPassThatReachesTheSiteAsksForIt() throws {
        var (harness, token) = opened(width: 80, height: 24)
        harness.send(.ingestionQuickLoaded(token: token, .failure(BackendError(message: "the connection was refused"))))
        #expect(harness.state.status.lastError != nil)
        #expect(harness.screen.contains("The first pages could not be listed; r"))
        #expect(harness.screen.contains("r count again  e whole error"))
        #expect(!harness.screen.contains("0 of 0"))
        guard case .quickIngestionPreview(.space(key: "ENG"), let again)? = harness.press(.char("r")).first else {
            Issue.record("r did not ask for the quick look again: \(harness.effects)")
            return
        }
        harness.send(.ingestionQuickLoaded(token: again, .failure(BackendError(message: "still refused"))))
        let pass = try #require(startPass(&harness))
        let effects = harness.send(.fullPassEnded(token: pass, .finished(Self.report())))
        #expect(effects.contains { if case .quickIngestionPreview = $0 { true } else { false } }, "the count is asked for again")
    }

    @Test func enterDoesNotStartAFullPass() {
        var harness = withQuickLook()
        #expect(!harness.press(.enter).contains { if case .startFullPass = $0 { true } else { false } })
        #expect(harness.state.ingestion == nil && harness.state.tree.spaceKey == "ENG", "it shows the page in its space's tree")
    }

    @Test func theDefinitionsOverlayOpensItForTheSelectedDefinition() throws {
        var harness = ReducerHarness()
        harness.loadSpaces()
        guard case .loadDefinitions(let token)? = harness.press(.char("d")).first else {
            Issue.record("d did not load the definitions")
            return
        }
        let component = ConfluenceDataSource(serverURL: "https://example.atlassian.net/wiki", authenticationMechanism: .basic, label: "runbook")
        harness.send(.definitionsLoaded(token: token, .success(DefinitionList(
            definitions: [DataSourceDefinition(name: "runbooks", account: "demo", component: component)], problems: []))))
        guard case .quickIngestionPreview(.label("runbook"), let quick)? = harness.press(.char("P")).first else {
            Issue.record("P did not preview the definition: \(harness.effects)")
            return
        }
        #expect(harness.state.ingestion?.name == "runbooks")
        // The counts the overlay measures are recorded in the definition, as p records its own.
        let afterQuick = harness.send(.ingestionQuickLoaded(token: quick, .success(Self.quick)))
        #expect(afterQuick.contains { if case .recordPreview("runbooks", 3, _) = $0 { true } else { false } })
        guard case .recordPreview(_, _, let recording)? = afterQuick.first else { Issue.record("the count was not recorded: \(afterQuick)"); return }
        harness.send(.definitionPreviewed(token: recording, name: "runbooks", .success(3)))
        let pass = try #require(startPass(&harness, selector: .label("runbook")))
        let afterPass = harness.send(.fullPassEnded(token: pass, .finished(Self.report(pages: 2))))
        #expect(afterPass.contains { if case .recordPreview("runbooks", 2, _) = $0 { true } else { false } })
        harness.press(.escape)
        #expect(harness.state.definitions != nil, "closing returns to the definitions")
    }

    @Test func aDraftWithoutASelectionIsNotPreviewed() {
        var harness = ReducerHarness()
        harness.loadSpaces()
        harness.press(.char("f"), .tab, .tab)
        #expect(!harness.press(.ctrl("g")).contains { if case .quickIngestionPreview = $0 { true } else { false } })
        #expect(harness.state.ingestion == nil)
        #expect(harness.state.builder?.saveProblem == "Pick a label first.")
    }

    @Test func theOverlayAt80x24() throws {
        var harness = withQuickLook(width: 80, height: 24)
        let token = try #require(startPass(&harness))
        harness.send(.fullPassProgress(token: token, Self.progress(done: 1)))
        Snapshot.assert(AppView.grid(for: harness.state, theme: Theme()), named: "ingestion-progress-80x24")
        harness.answer(harness.send(.fullPassEnded(token: token, .finished(Self.report()))))
        Snapshot.assert(AppView.grid(for: harness.state, theme: Theme()), named: "ingestion-report-80x24")
        harness.press(.tab)
        harness.answer(harness.press(.char("j"), .char("j")))
        Snapshot.assert(AppView.grid(for: harness.state, theme: Theme()), named: "ingestion-first-pages-80x24")
    }
}
