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
    /// The last operation's sentence, or the spinner of one in flight; empty when there is neither.
    let message: Rect
    /// The prompt, below the sentence; empty when there is none.
    let prompt: Rect
    /// Key hints.
    let hints: Rect

    /// Lays `view` out in `screen`: 96x24 or nine tenths of a larger screen, centred; the whole screen when smaller.
    /// Its message gets the rows it wraps to (up to half the inside), taken from the list, or one row for the spinner of
    /// an operation in flight; a prompt gets a row below it.
    init(screen: Rect, view: DefinitionsState?, failedMark: String) {
        box = Layout.overlayBox(in: screen, width: 96, height: 24)
        let inner = Layout.inside(box)
        let detailRows = inner.height >= 12 ? 3 : (inner.height >= 8 ? 1 : 0)
        let promptRows = view?.prompt != nil ? 1 : 0
        let text = view?.messageLine(failedMark: failedMark)
        let messageRows = text.map { max(1, min(TextLayout.wrap($0, width: inner.width).count, inner.height / 2)) }
            ?? (view?.pending != nil ? 1 : 0)
        let (top, bottom) = inner.splitRows(at: max(0, inner.height - 1 - messageRows - promptRows - detailRows))
        body = top
        list = top
        let (detailRect, lines) = bottom.splitRows(at: detailRows)
        detail = detailRect
        let (sentences, hintRow) = lines.splitRows(at: max(0, lines.height - 1))
        (message, prompt) = sentences.splitRows(at: max(0, sentences.height - promptRows))
        hints = hintRow
    }

    /// The export view's text, below the format tabs, and its `notes` in the detail rows: notes wrapping to more rows than
    /// those take rows from the text, which keeps half of its own.
    func export(notes: [String]) -> (text: Rect, notes: Rect) {
        let noteRows = notes.reduce(0) { $0 + TextLayout.wrap($1, width: detail.width).count }
        let text = body.splitRows(at: 1).bottom
        let taken = detail.isEmpty ? 0 : min(max(0, noteRows - detail.height), text.height / 2)
        return (text.splitRows(at: text.height - taken).top, Rect(x: detail.x, y: detail.y - taken, width: detail.width, height: detail.height + taken))
    }
}
