import BrowserApp
import Testing
import TerminalKit

/// A page loaded once stays readable: shown at once when the preview returns to it, and kept (marked cached) when a
/// reload of it fails.
struct PageCacheTests {
    @Test func aFailedReloadKeepsTheLastGoodPageMarkedCached() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        #expect(h.screen.contains("Body of page 1."))
        h.answer(h.press(.char("j")))
        #expect(h.screen.contains("Body of page 2."))
        h.press(.char("k"))
        #expect(h.screen.contains("Body of page 1."), "the copy loaded before shows at once")
        #expect(h.screen.contains("┌ Preview · cached · refreshing… ─"))
        guard let load = h.pageLoads.first else {
            Issue.record("returning to a page reloads it")
            return
        }
        h.send(.pageLoaded(pageID: load.id, token: load.token, .failure(BackendError(message: "connection refused"))))
        #expect(h.screen.contains("Body of page 1."))
        #expect(h.screen.contains("┌ Preview · cached · refresh failed: connecti… ┐"), "the reason, cut to the border, and whole in the status line")
        #expect(h.screen.contains("Could not load the page: connection refused"))
        #expect(!h.screen.contains("r retries"))
        h.press(.tab)
        h.answer(h.press(.char("r")))
        #expect(h.screen.contains("Body of page 1."))
        #expect(!h.screen.contains("cached"), "a reload that succeeds shows the page as the site sent it")
    }

    @Test(arguments: [true, false])
    func thePageStaysOnItsRowsWhenTheRefreshLands(succeeding: Bool) {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        h.answer(h.press(.char("j")))
        h.press(.char("k"))
        let cached = previewRows(h)
        #expect(cached.contains { $0.hasPrefix("Body of page 1.") }, "the cached copy shows: \(cached)")
        guard let load = h.pageLoads.first else {
            Issue.record("returning to a page reloads it")
            return
        }
        let answer: Result<LoadedPage, BackendError> = succeeding ? .success(LoadedPage(Fixture.pages["1"]!)) : .failure(BackendError(message: "connection refused"))
        h.send(.pageLoaded(pageID: load.id, token: load.token, answer))
        #expect(h.screen.contains("cached") != succeeding)
        #expect(previewRows(h) == cached, "header and body keep their rows and their text")
    }

    @Test func theCachedMarkFitsTheTitleOfANarrowPreview() {
        var h = ReducerHarness(width: 40, height: 12)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        h.answer(h.press(.char("j")))
        h.press(.char("k"), .tab)
        Snapshot.assert(AppView.grid(for: h.state, theme: Theme()), named: "preview-cached-40x12")
    }

    /// The text of the preview's rows below its top border (the right-hand pane at 80x24, the body of page 1 in ASCII).
    private func previewRows(_ h: ReducerHarness) -> [String] {
        let pane = h.state.layout.content(.preview)
        return h.screen.split(separator: "\n", omittingEmptySubsequences: false)[pane.y..<(pane.y + pane.height)]
            .map { line in String(line.suffix(pane.width + 1).dropLast()) }
    }

    @Test func aPageNeverLoadedStillShowsItsFailure() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        guard let load = h.pageLoads.first else { Issue.record("no page load: \(h.effects)"); return }
        h.send(.pageLoaded(pageID: load.id, token: load.token, .failure(BackendError(message: "connection refused"))))
        #expect(h.screen.contains("✗ connection refused"))
        #expect(!h.screen.contains("cached"))
    }

    @Test func aSuccessfulReloadReplacesTheCachedCopyAndKeepsTheScroll() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        h.press(.tab)
        var newer = Fixture.pages["1"]!
        newer.storageBody = (1...60).map { "<p>Edited paragraph \($0).</p>" }.joined()
        func answerReload(with page: PageDetail) {
            guard case .loadPage(let id, let token, _)? = h.press(.char("r")).first else {
                Issue.record("r reloads the page")
                return
            }
            h.send(.pageLoaded(pageID: id, token: token, .success(LoadedPage(page))))
        }
        answerReload(with: newer)
        #expect(h.screen.contains("Edited paragraph 1."))
        #expect(h.state.pageCache["1"]?.detail.storageBody == newer.storageBody)
        h.press(.char("j"), .char("j"), .char("j"))
        #expect(h.state.preview.text.scrollY == 3)
        answerReload(with: newer)
        #expect(h.state.preview.text.scrollY == 3, "another copy of the page shown keeps its place")
    }

    @Test func theCacheKeepsOnlyTheLatestPages() {
        var cache = PageCache()
        for index in 0...PageCache.capacity {
            cache.store(LoadedPage(PageDetail(id: "\(index)", title: "Page \(index)")), for: "\(index)")
        }
        #expect(cache.count == PageCache.capacity)
        #expect(cache["0"] == nil, "the page stored longest ago goes first")
        cache.store(LoadedPage(PageDetail(id: "1", title: "Page 1 again")), for: "1")
        cache.store(LoadedPage(PageDetail(id: "new", title: "New")), for: "new")
        #expect(cache["1"]?.detail.title == "Page 1 again", "storing a page again makes it the latest")
        #expect(cache["2"] == nil)
        #expect(cache.count == PageCache.capacity)
    }
}
