import TerminalKit

/// Word-wrapped informational text drawn in one role.
enum Message {
    /// Draws `paragraphs` wrapped to `rect`'s width, as many rows as fit.
    static func draw(_ paragraphs: [String], role: StyleRole, into grid: inout Grid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let lines = paragraphs.flatMap { TextLayout.wrap(Sanitizer.clean($0), width: rect.width) }
        for (row, line) in lines.prefix(rect.height).enumerated() {
            grid.drawText(line, in: rect.row(row), style: CellStyle(role))
        }
    }
}
