import BrowserApp
import DataSources
import Testing
import TerminalKit

/// The status line under an overlay names that overlay's keys, never the keys of the pane beneath it.
struct OverlayHintsTests {
    private func treeFocused() -> ReducerHarness {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        h.answer(h.effects)
        return h
    }

    private func footer(_ h: ReducerHarness) -> String { h.screen.components(separatedBy: "\n").last ?? "" }

    @Test func theHelpOverlayShowsItsOwnKeys() {
        var h = treeFocused()
        #expect(footer(h).contains("Enter expand"))
        h.press(.char("?"))
        #expect(footer(h).contains("j/k scroll"))
        #expect(footer(h).contains("Esc close"))
        #expect(!footer(h).contains("expand") && !footer(h).contains("mark"), "\(footer(h))")
    }

    @Test func aHelpThatFitsOffersNoScrollKeys() {
        var h = ReducerHarness(width: 200, height: 80)
        h.loadSpaces()
        h.press(.char("?"))
        #expect(footer(h).contains("Esc close"))
        #expect(!footer(h).contains("scroll") && !footer(h).contains("page"), "\(footer(h))")
    }

    @Test func enterIsNamedForWhatItDoesOnTheSelectedRow() {
        var h = treeFocused()
        #expect(footer(h).contains("Enter expand"))
        h.press(.enter)
        #expect(footer(h).hasPrefix("Enter read") || h.state.focus == .preview, "\(footer(h))")
    }

    @Test func aTreeThatFailedToLoadSaysWhyWholeAndPutsItsRetryFirst() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        let load = h.press(.enter).lazy.compactMap { effect -> (String, RequestToken)? in
            if case .loadRoots(let key, let token) = effect { return (key, token) }
            return nil
        }.first
        guard let (key, token) = load else { Issue.record("Enter did not load the roots"); return }
        let message = "the connection was refused by https://example.atlassian.net (is the site running and the address right?)"
        h.send(.rootsLoaded(spaceKey: key, token: token, .failure(BackendError(message: message))))
        #expect(h.state.focus == .tree)
        #expect(h.screen.contains("site running and"), "the pane wraps the whole sentence: \(h.screen)")
        #expect(h.screen.contains("r retries"))
        #expect(footer(h).hasPrefix("e error  r retry"), "\(footer(h))")
        #expect(!footer(h).contains("refresh"), "the key is not offered twice: \(footer(h))")
    }

    @Test func theURLDialogAndTheErrorShowOnlyHowToClose() {
        var h = treeFocused()
        h.send(.effectFinished(.showURL("https://example.atlassian.net/wiki/spaces/ENG/pages/1")))
        #expect(h.state.overlay != nil)
        #expect(footer(h).contains("Esc close"))
        #expect(!footer(h).contains("expand"), "\(footer(h))")
        h.press(.escape)
        h.send(.effectFinished(.failed(ErrorReport(message: "Could not open the browser"))))
        h.press(.char("e"))
        #expect(h.state.overlay == .errorDetail)
        #expect(footer(h).contains("Esc close"))
        #expect(!footer(h).contains("expand"), "\(footer(h))")
    }

    @Test func theTitleSearchOverlayHidesThePaneKeys() {
        var h = treeFocused()
        h.press(.char("/"))
        h.type("zzz")
        let effects = h.press(.enter)
        #expect(h.state.ingestion != nil, "no loaded title matches, so the space's titles are searched")
        #expect(!footer(h).contains("expand") && !footer(h).contains("mark"), "\(footer(h))")
        // It finds pages, in its own words rather than an ingestion's.
        for case .quickIngestionPreview(_, let token) in effects {
            let hits = IngestQuickLook(total: 2, first: [PreviewEntry(id: "1", title: "zzz one", spaceKey: "ENG", breadcrumb: ["ENG"]),
                                                         PreviewEntry(id: "2", title: "zzz two", spaceKey: "ENG", breadcrumb: ["ENG"])])
            h.send(.ingestionQuickLoaded(token: token, .success(hits)))
        }
        #expect(h.screen.contains("2 pages match") && h.screen.contains("First 2 of 2 matching pages"), "\(h.screen)")
        #expect(!h.screen.contains("selected"))
    }
}
