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

    /// Draws `paragraphs` wrapped into `rect`; text needing more rows takes those above `rect` (cleared first), up to
    /// `maxRows` in all, so it is read whole rather than cut mid-word.
    static func draw(_ paragraphs: [String], role: StyleRole, into grid: inout Grid, in rect: Rect, growingUpTo maxRows: Int) {
        guard !rect.isEmpty else { return }
        let lines = paragraphs.flatMap { TextLayout.wrap(Sanitizer.clean($0), width: rect.width) }
        let height = max(rect.height, min(lines.count, maxRows))
        let area = Rect(x: rect.x, y: rect.y + rect.height - height, width: rect.width, height: height)
        grid.fill(area)
        for (row, line) in lines.prefix(height).enumerated() {
            grid.drawText(line, in: area.row(row), style: CellStyle(role))
        }
    }
}
