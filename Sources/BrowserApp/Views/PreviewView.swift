import TerminalKit

/// The preview pane's content: the page header and its rendered body, or the state of the load.
enum PreviewView {
    static func render(_ state: AppState, into grid: inout Grid, in rect: Rect, theme: Theme) {
        // The page of the last partial match would read as a match: the pane stays empty (the tree says what Enter does).
        if state.previewAwaitsTitleSearch {
            grid.fill(rect)
            return
        }
        let title = state.preview.targetID.flatMap { state.tree.model.nodes[$0]?.title }
        render(state.preview, title: title, in: .pane, state: state, into: &grid, in: rect, theme: theme)
    }

    /// Where a preview is drawn, which decides what it says of content without a body.
    enum Context {
        /// The preview pane beside the tree: a folder shows what it holds.
        case pane
        /// An ingestion preview's overlay: a folder shows what an ingestion makes of it.
        case ingestion
    }

    /// Draws `preview` (the pane's, or an overlay's): the page, or the state of its load under `title`.
    static func render(_ preview: PreviewState, title: String?, in context: Context, state: AppState, into grid: inout Grid,
                       in rect: Rect, theme: Theme) {
        grid.fill(rect)
        guard !rect.isEmpty else { return }
        guard let id = preview.targetID else {
            Message.draw(["Select a page to preview it here."], role: .dim, into: &grid, in: rect)
            return
        }
        // A page shown stays while it reloads, and after a reload fails (the pane's title says it is a cached copy).
        if preview.page != nil {
            renderPage(preview, into: &grid, in: rect, theme: theme)
            return
        }
        grid.drawText(TextLayout.truncate(title ?? id, toWidth: rect.width, ellipsis: theme.glyphs.ellipsis), in: rect.row(0),
                      style: CellStyle(.title, attributes: .bold))
        let below = rect.splitRows(at: 2).bottom
        switch preview.phase {
        case .loading, .idle:
            Message.draw([theme.glyphs.spinnerFrame(state.spinnerFrame) + " loading page" + theme.glyphs.ellipsis],
                         role: .dim, into: &grid, in: below)
        case .failed(let message):
            Message.drawFailure(message, state, theme: theme, into: &grid, in: below)
        case .loaded:
            Message.draw([summary(of: id, kind: preview.targetKind, in: context, state: state)], role: .dim, into: &grid, in: below)
        }
    }

    /// The line shown for content without a body (folders, whiteboards, ...) of `kind`: in an ingestion preview, that it
    /// has no body; in the pane, what it holds as far as the tree knows.
    private static func summary(of id: String, kind: ItemKind, in context: Context, state: AppState) -> String {
        let count: String
        switch (context, state.tree.model.nodes[id]?.children) {
        case (.ingestion, _), (.pane, nil): count = "no body of its own: an ingestion pulls it without text"
        case (.pane, .loaded(let children)?): count = Plural.count(children.count, "item")
        case (.pane, _?): count = "contents not loaded yet"
        }
        return kind.rawValue.capitalized + " · " + count
    }

    private static func renderPage(_ preview: PreviewState, into grid: inout Grid, in rect: Rect, theme: Theme) {
        let headerHeight = PreviewLayout.headerHeight(in: rect, headerRows: preview.headerRows(width: rect.width))
        let (top, body) = rect.splitRows(at: headerHeight)
        // A cut id or address ends in an ellipsis, so it is not read as a shorter one.
        let rows = PreviewHeader.shown(preview.header, of: preview.page, width: top.width, ellipsis: theme.glyphs.ellipsis)
        for (row, runs) in rows.prefix(max(0, top.height - 1)).enumerated() {
            grid.drawRuns(runs, in: top.row(row))
        }
        if top.height > 0 {
            grid.fill(top.row(top.height - 1), with: theme.border.glyphs.horizontal, style: CellStyle(.border))
        }
        guard !preview.text.lines.isEmpty else {
            Message.draw(["The page has no content."], role: .dim, into: &grid, in: body)
            return
        }
        preview.text.render(into: &grid, in: body)
    }
}
