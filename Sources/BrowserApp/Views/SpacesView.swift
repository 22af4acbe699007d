import TerminalKit

/// The spaces pane's content: the list, or its loading or failure message.
enum SpacesView {
    static func render(_ state: AppState, into grid: inout Grid, in rect: Rect, focused: Bool, theme: Theme) {
        let spaces = state.spaces
        if spaces.list.items.isEmpty {
            grid.fill(rect)
            switch spaces.phase {
            case .loading:
                Message.draw([theme.glyphs.spinnerFrame(state.spinnerFrame) + " loading spaces" + theme.glyphs.ellipsis],
                             role: .dim, into: &grid, in: rect)
                return
            case .failed(let message):
                Message.drawFailure(message, state, theme: theme, into: &grid, in: rect)
                return
            case .idle, .loaded:
                break
            }
        }
        spaces.list.render(into: &grid, in: rect, focused: focused, theme: theme)
    }
}
