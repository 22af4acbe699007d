import TerminalKit

/// The line above the single pane in narrow layouts: account › space › ancestors › selection.
enum BreadcrumbView {
    static func render(_ state: AppState, into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let crumbs = self.crumbs(state)
        let separator = " › "
        var shown = crumbs
        var text = shown.joined(separator: separator)
        while displayWidth(text) > rect.width, shown.count > 1 {
            shown.removeFirst()
            text = theme.glyphs.ellipsis + separator + shown.joined(separator: separator)
        }
        grid.drawText(TextLayout.truncate(text, toWidth: rect.width, ellipsis: theme.glyphs.ellipsis), in: rect,
                      style: CellStyle(.dim))
    }

    /// The path to what the focused pane is about.
    static func crumbs(_ state: AppState) -> [String] {
        var crumbs: [String] = [state.accounts.active?.name ?? "confluence"]
        if state.focus == .accounts { return crumbs }
        guard let key = state.tree.spaceKey, state.focus != .spaces else {
            if let space = state.spaces.selected, state.focus == .spaces { crumbs.append(space.key) }
            return crumbs
        }
        crumbs.append(state.tree.spaceName.map { $0.isEmpty ? key : $0 } ?? key)
        if let id = state.focus == .preview ? state.preview.targetID : state.tree.focusedNodeID {
            crumbs += state.tree.ancestorTitles(of: id)
            crumbs.append(state.tree.model.nodes[id]?.title ?? state.preview.page?.title ?? id)
        }
        return crumbs
    }
}
