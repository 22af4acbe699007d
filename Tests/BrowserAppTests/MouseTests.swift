import BrowserApp
import Testing
import TerminalKit

/// Clicks focus and select; the wheel scrolls the pane under the pointer.
struct MouseTests {
    @Test func aClickFocusesThePaneAndSelectsTheRow() {
        var h = ReducerHarness(width: 120, height: 40)
        h.loadSpaces()
        h.openSpace()
        let layout = h.state.layout
        let spaces = layout.content(.spaces)
        h.send(.key(.mouse(MouseEvent(x: spaces.x + 2, y: spaces.y + 2, kind: .press))))
        #expect(h.state.focus == .spaces)
        #expect(h.state.spaces.list.selectedID == "~alice")
        let tree = layout.content(.tree)
        let effects = h.send(.key(.mouse(MouseEvent(x: tree.x + 1, y: tree.y + 2, kind: .press))))
        #expect(h.state.focus == .tree)
        #expect(h.state.tree.selectedNodeID == "3")
        #expect(effects.contains { if case .loadPage("3", _, _) = $0 { true } else { false } })
    }

    @Test func theWheelScrollsThePaneUnderThePointerWithoutMovingFocus() {
        var h = ReducerHarness(width: 120, height: 40)
        h.loadSpaces()
        let spaces = h.state.layout.content(.spaces)
        h.press(.tab)
        h.send(.key(.mouse(MouseEvent(x: spaces.x, y: spaces.y, kind: .wheelDown))))
        #expect(h.state.focus == .tree)
        #expect(h.state.spaces.list.selectedID == "OLD")
        h.send(.key(.mouse(MouseEvent(x: 0, y: 39, kind: .press))))
        #expect(h.state.focus == .tree, "the status line is not a pane")
    }
}
