import TerminalKit

/// Word-wrapped informational text drawn in one role.
enum Message {
    /// Draws `paragraphs` wrapped to `rect`'s width, as many rows as fit, the last ending in an ellipsis when text is
    /// left out; returns the rows drawn.
    @discardableResult
    static func draw(_ paragraphs: [String], role: StyleRole, into grid: inout Grid, in rect: Rect) -> Int {
        guard !rect.isEmpty else { return 0 }
        let lines = TextLayout.fitting(paragraphs.flatMap { TextLayout.wrap(Sanitizer.clean($0), width: rect.width) },
                                       rows: rect.height, width: rect.width)
        for (row, line) in lines.enumerated() {
            grid.drawText(line, in: rect.row(row), style: CellStyle(role))
        }
        return lines.count
    }

    /// Draws a failed load's `message` and the key that retries it, wrapped to `rect`.
    static func drawFailure(_ message: String, _ state: AppState, theme: Theme, into grid: inout Grid, in rect: Rect) {
        let retry = state.keyMap.firstKeyLabel(for: .refresh)
        draw([theme.glyphs.failed + " " + message, "\(retry) retries"], role: .error, into: &grid, in: rect)
    }

    /// Draws one-line `notes` (in order, each in its role) ending in `rect`, one row each, wrapping into up to `spare` empty
    /// rows above `rect` rather than being cut; the last note gets the rows first. A note still too long is cut with `ellipsis`.
    static func drawStacked(_ notes: [(text: String, role: StyleRole)], into grid: inout Grid, in rect: Rect, spare: Int, ellipsis: String) {
        let notes = notes.suffix(rect.height + spare)
        guard !rect.isEmpty, !notes.isEmpty else { return }
        let (wrapped, rows) = stackedRows(notes, in: rect, spare: spare)
        var y = rect.maxY - rows.reduce(0, +)
        for (index, note) in zip(wrapped.indices, notes) {
            var lines = Array(wrapped[index].prefix(rows[index]))
            if wrapped[index].count > rows[index], let last = lines.indices.last {
                let rest = wrapped[index][last...].joined(separator: " ")
                lines[last] = TextLayout.truncate(rest, toWidth: rect.width, ellipsis: ellipsis)
            }
            for line in lines {
                let row = Rect(x: rect.x, y: y, width: rect.width, height: 1)
                grid.fill(row)
                grid.drawText(line, in: row, style: CellStyle(note.role))
                y += 1
            }
        }
    }

    /// The rows `drawStacked` gives `notes` in `rect` with `spare` rows above it: in all, counted from the bottom of `rect`.
    static func stackedHeight(_ notes: [(text: String, role: StyleRole)], in rect: Rect, spare: Int) -> Int {
        guard !rect.isEmpty, !notes.isEmpty else { return 0 }
        return stackedRows(notes.suffix(rect.height + spare), in: rect, spare: spare).rows.reduce(0, +)
    }

    /// Each note's lines, wrapped to `rect`, and the rows it gets: one each, then the spare rows to the last notes first.
    private static func stackedRows(_ notes: ArraySlice<(text: String, role: StyleRole)>, in rect: Rect, spare: Int)
        -> (wrapped: [[String]], rows: [Int]) {
        let wrapped = notes.map { TextLayout.wrap(Sanitizer.clean($0.text), width: rect.width) }
        var rows = Array(repeating: 1, count: notes.count)
        var left = spare + rect.height - notes.count
        for index in wrapped.indices.reversed() where left > 0 {
            let more = min(left, max(0, wrapped[index].count - 1))
            rows[index] += more
            left -= more
        }
        return (wrapped, rows)
    }

    /// Draws `paragraphs` wrapped into `rect`; text needing more rows takes those above `rect` (cleared first), up to
    /// `maxRows` in all, so it is read whole rather than cut mid-word.
    static func draw(_ paragraphs: [String], role: StyleRole, into grid: inout Grid, in rect: Rect, growingUpTo maxRows: Int) {
        guard !rect.isEmpty else { return }
        let wrapped = paragraphs.flatMap { TextLayout.wrap(Sanitizer.clean($0), width: rect.width) }
        let height = height(of: wrapped, in: rect, growingUpTo: maxRows)
        let area = Rect(x: rect.x, y: rect.y + rect.height - height, width: rect.width, height: height)
        grid.fill(area)
        let lines = TextLayout.fitting(wrapped, rows: height, width: rect.width)
        for (row, line) in lines.enumerated() {
            grid.drawText(line, in: area.row(row), style: CellStyle(role))
        }
    }

    /// The rows `draw(_:role:into:in:growingUpTo:)` takes for `paragraphs`, counted from the bottom of `rect`.
    static func height(_ paragraphs: [String], in rect: Rect, growingUpTo maxRows: Int) -> Int {
        guard !rect.isEmpty else { return 0 }
        return height(of: paragraphs.flatMap { TextLayout.wrap(Sanitizer.clean($0), width: rect.width) }, in: rect, growingUpTo: maxRows)
    }

    private static func height(of wrapped: [String], in rect: Rect, growingUpTo maxRows: Int) -> Int {
        max(rect.height, min(wrapped.count, maxRows))
    }
}
