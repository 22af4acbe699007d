import TerminalKit

/// The page-tree pane's content: a hint before a space is open, a failed load with its retry key, the filter list
/// while filtering, else the tree.
enum TreeView {
    static func render(_ state: AppState, into grid: inout Grid, in rect: Rect, focused: Bool, theme: Theme) {
        let tree = state.tree
        if tree.spaceKey == nil {
            grid.fill(rect)
            let key = state.keyMap.firstKeyLabel(for: .open)
            Message.draw(["Choose a space and press \(key) to see its pages."], role: .dim, into: &grid, in: rect)
            return
        }
        if case .failed(let message) = tree.rootsPhase, tree.filterList == nil {
            grid.fill(rect)
            Message.drawFailure(message, state, theme: theme, into: &grid, in: rect)
            return
        }
        if tree.rootsPhase == .loaded, tree.model.rows.isEmpty {
            grid.fill(rect)
            Message.draw(["This space has no pages."], role: .dim, into: &grid, in: rect)
            return
        }
        if state.previewAwaitsTitleSearch {
            grid.fill(rect)
            Message.draw(["No loaded page title matches \"\(tree.filterList?.filter ?? "")\".",
                          "Enter searches the titles of \(tree.spaceKey ?? "the space") on the server."], role: .dim, into: &grid, in: rect)
            return
        }
        if let list = tree.filterList {
            list.render(into: &grid, in: rect, focused: focused, theme: theme)
            return
        }
        tree.model.render(into: &grid, in: rect, focused: focused, theme: theme, spinnerFrame: state.spinnerFrame, marked: state.marks.all)
    }
}
