import TerminalKit

/// The text in a pane's top border: its name plus counts, filter, loading state and, for the preview, a cached copy's mark.
enum PaneTitle {
    static func text(_ pane: Pane, state: AppState, theme: Theme) -> String {
        switch pane {
        case .accounts:
            return pane.title + listSuffix(state.accounts.list)
        case .spaces:
            switch state.spaces.phase {
            case .loading: return pane.title + " " + theme.glyphs.spinnerFrame(state.spinnerFrame)
            // Not `Spaces 0`, which would say the site has none: the pane's body says what failed.
            case .failed where state.spaces.list.items.isEmpty: return pane.title + " " + theme.glyphs.failed
            default: return pane.title + listSuffix(state.spaces.list)
            }
        case .tree:
            let name = state.tree.spaceName.map { $0.isEmpty ? state.tree.spaceKey ?? "" : $0 }
            let base = name.map { pane.title + " · " + $0 } ?? pane.title
            if let list = state.tree.filterList {
                return base + " /" + list.filter + " \(list.matchCount) of \(list.items.count)"
            }
            return base
        case .preview:
            if state.previewAwaitsTitleSearch { return pane.title }
            // A cached copy says so here rather than in the header, so its page does not move when the refresh lands.
            let base = state.preview.staleness.map { pane.title + " · " + $0.mark(ellipsis: theme.glyphs.ellipsis) } ?? pane.title
            let query = state.preview.text.query
            return query.isEmpty ? base : base + " /" + query + " " + StatusView.searchPosition(state.preview.text)
        }
    }

    /// Where the pane is, for its bottom border, when its content does not fit in `rows`: "7 of 40" for a list or
    /// the tree (the selected row), "35%" for the preview (how far down its last shown line is).
    static func position(_ pane: Pane, state: AppState, rows: Int) -> String? {
        func of(selection: Int?, count: Int) -> String? {
            position(selection: selection, count: count, rows: rows)
        }
        switch pane {
        case .accounts:
            return of(selection: state.accounts.list.selection, count: state.accounts.list.matchCount)
        case .spaces:
            return of(selection: state.spaces.list.selection, count: state.spaces.list.matchCount)
        case .tree:
            if let list = state.tree.filterList { return of(selection: list.selection, count: list.matchCount) }
            return of(selection: state.tree.model.selection, count: state.tree.model.rows.count)
        case .preview:
            guard !state.previewAwaitsTitleSearch, state.preview.phase == .loaded else { return nil }
            return scrolled(state.preview.text, rows: state.previewBodyRect.height)
        }
    }

    /// "40%" (how much of `text` is at or above its last row shown) when its lines do not fit in `rows`, else nil.
    static func scrolled(_ text: TextView, rows: Int) -> String? {
        guard rows > 0, text.lines.count > rows else { return nil }
        return "\(min(100, (text.scrollY + rows) * 100 / text.lines.count))%"
    }

    /// "7 of 40" (the selected row of a list) when a list of `count` rows does not fit in `rows`, else nil.
    static func position(selection: Int?, count: Int, rows: Int) -> String? {
        count > rows ? "\((selection ?? 0) + 1) of \(count)" : nil
    }

    /// " 12", or " /eng 3 of 12" while a filter is set.
    private static func listSuffix<ID>(_ list: ListView<ID>) -> String {
        list.filter.isEmpty ? " \(list.items.count)" : " /\(list.filter) \(list.matchCount) of \(list.items.count)"
    }
}
