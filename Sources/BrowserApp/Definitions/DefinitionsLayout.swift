import TerminalKit

/// Where the definitions overlay's parts go: the box, the body (list or export text), the detail
/// of the selection, the message or prompt line and the key hints.
struct DefinitionsLayout {
    /// The overlay's box.
    let box: Rect
    /// The list, or the export view (its first row names the format).
    let body: Rect
    /// The list rows.
    let list: Rect
    /// The selected definition's details.
    let detail: Rect
    /// The prompt, or the last operation's sentence.
    let message: Rect
    /// Key hints.
    let hints: Rect

    /// Lays the overlay out in `screen`: up to 96x24, centred; the whole screen when smaller.
    init(screen: Rect) {
        box = screen.centered(width: min(screen.width, 96), height: min(screen.height, 24))
        let inner = Layout.inside(box)
        let detailRows = inner.height >= 12 ? 3 : (inner.height >= 8 ? 1 : 0)
        let (top, bottom) = inner.splitRows(at: max(0, inner.height - 2 - detailRows))
        body = top
        list = top
        let (detailRect, lines) = bottom.splitRows(at: detailRows)
        detail = detailRect
        message = lines.row(0)
        hints = lines.row(1)
    }
}
