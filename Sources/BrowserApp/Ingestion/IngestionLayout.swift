import TerminalKit

/// Where the ingestion overlay's parts go: the summary (selection, then progress or report), the list's title,
/// the listed pages beside the selected page's preview (below 60 columns the list alone), and the key hints.
struct IngestionLayout {
    /// The overlay's box: the whole screen above the status line.
    let box: Rect
    /// The selection and count, then the progress bar or the report's figures.
    let summary: Rect
    /// What the list shows.
    let listTitle: Rect
    /// The listed pages.
    let list: Rect
    /// The column between the list and the preview.
    let separator: Rect
    /// The selected page, as the preview pane shows it.
    let preview: Rect
    /// Key hints.
    let hints: Rect

    /// Lays the overlay out over `screen`.
    init(screen: Rect) {
        box = screen
        let inner = Layout.inside(box)
        let (top, rest) = inner.splitRows(at: inner.height >= 14 ? 4 : min(2, inner.height))
        summary = top
        let (title, below) = rest.splitRows(at: min(1, rest.height))
        listTitle = title
        let (middle, bottom) = below.splitRows(at: max(0, below.height - 1))
        hints = bottom
        guard middle.width >= 60 else {
            list = middle
            separator = .zero
            preview = .zero
            return
        }
        let (left, right) = middle.splitColumns(at: max(28, middle.width / 2))
        list = left
        (separator, preview) = right.splitColumns(at: 1)
    }

    /// The preview's body below a header of `headerRows` rows.
    func previewBody(headerRows: Int) -> Rect {
        PreviewLayout.body(in: preview, headerRows: headerRows)
    }
}
