import TerminalKit

/// The text in a pane's top border: its name plus counts, filter and loading state.
enum PaneTitle {
    static func text(_ pane: Pane, state: AppState, theme: Theme) -> String {
        switch pane {
        case .accounts:
            return pane.title + listSuffix(state.accounts.list)
        case .spaces:
            if state.spaces.phase.pendingToken != nil {
                return pane.title + " " + theme.glyphs.spinnerFrame(state.spinnerFrame)
            }
            return pane.title + listSuffix(state.spaces.list)
        case .tree:
            let name = state.tree.spaceName.map { $0.isEmpty ? state.tree.spaceKey ?? "" : $0 }
            let base = name.map { pane.title + " · " + $0 } ?? pane.title
            if let list = state.tree.filterList {
                return base + " /" + list.filter + " \(list.matchCount) of \(list.items.count)"
            }
            return base
        case .preview:
            let query = state.preview.text.query
            return query.isEmpty ? pane.title : pane.title + " /" + query + " " + StatusView.searchPosition(state.preview.text)
        }
    }

    /// " 12", or " /eng 3 of 12" while a filter is set.
    private static func listSuffix<ID>(_ list: ListView<ID>) -> String {
        list.filter.isEmpty ? " \(list.items.count)" : " /\(list.filter) \(list.matchCount) of \(list.items.count)"
    }
}
