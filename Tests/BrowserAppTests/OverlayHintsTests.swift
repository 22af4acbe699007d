import BrowserApp
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
        h.press(.enter)
        #expect(h.state.ingestion != nil, "no loaded title matches, so the space's titles are searched")
        #expect(!footer(h).contains("expand") && !footer(h).contains("mark"), "\(footer(h))")
    }
}
