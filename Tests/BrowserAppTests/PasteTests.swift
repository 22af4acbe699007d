import BrowserApp
import Testing
import TerminalKit

/// A paste is text for the field that has focus, and never a run of commands.
struct PasteTests {
    @Test func aPasteOutsideAFieldDoesNothing() {
        var h = ReducerHarness()
        h.loadSpaces()
        let selected = h.state.spaces.list.selectedID
        #expect(h.press(.paste("jjq\n")).isEmpty, "no quit, no move, no open")
        #expect(h.state.spaces.list.selectedID == selected)
        #expect(h.state.input == nil)
    }

    @Test func aPastedNewlineInTheFilterLineIsASpaceAndKeepsItOpen() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("/"))
        h.press(.paste("Engi\nneering"))
        #expect(h.state.input?.field.text == "Engi neering")
        h.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(h.state.input?.field.text == "Engi")
        #expect(h.state.spaces.list.selectedID == "ENG")
    }

    @Test func aQueryPastedOverSeveralLinesLandsInTheCQLEditor() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.char("f"), .backTab)
        h.press(.paste("type = page\nAND space = ENG"))
        #expect(h.state.builder?.cql.text == "type = page AND space = ENG")
        #expect(h.state.builder?.namePrompt == nil, "the newline did not submit")
    }
}
