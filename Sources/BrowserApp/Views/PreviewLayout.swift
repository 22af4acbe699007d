import TerminalKit

/// How the preview's content splits into the header (with a rule under it) and the body.
enum PreviewLayout {
    /// Rows given to the header and its rule: all of them, but never more than half the pane.
    static func headerHeight(in content: Rect, headerRows: Int) -> Int {
        guard headerRows > 0 else { return 0 }
        let height = min(headerRows + 1, content.height / 2)
        // Room for the separator alone is given to the body: a rule under no header says nothing.
        return height < 2 ? 0 : height
    }

    /// The body's rectangle below the header.
    static func body(in content: Rect, headerRows: Int) -> Rect {
        content.splitRows(at: headerHeight(in: content, headerRows: headerRows)).bottom
    }
}
