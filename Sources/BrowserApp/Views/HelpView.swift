import TerminalKit

/// The `?` overlay: the commands of the screen it covers (`HelpEntries`) with their keys, generated from the key map.
enum HelpView {
    /// The box in `screen`, its inside, and the rows drawn there: each entry's keys, padded, then what it does,
    /// wrapped under its own column when the inside is too narrow for it.
    static func layout(_ entries: HelpEntries, in screen: Rect) -> (box: Rect, inner: Rect, rows: [[StyledRun]]) {
        let column = min(20, entries.rows.map { displayWidth($0.keys) }.max() ?? 0) + 2
        let wanted = column + (entries.rows.map { displayWidth($0.summary) }.max() ?? 0) + 4
        let width = min(wanted, screen.width)
        // Inside the border a space on either side keeps text off it.
        let innerWidth = Layout.hasBorder(Rect(x: 0, y: 0, width: width, height: screen.height)) ? width - 4 : width
        // Below a usable summary width the summary is cut rather than wrapped into a sliver.
        let summaryWidth = innerWidth - column >= 16 ? innerWidth - column : Int.max
        let rows = entries.rows.flatMap { entry in
            TextLayout.wrap(entry.summary, width: summaryWidth).enumerated().map { index, line in
                [StyledRun(TextLayout.pad(index == 0 ? entry.keys : "", toWidth: column), style: CellStyle(.title)), StyledRun(line)]
            }
        }
        let box = screen.centered(width: width, height: min(rows.count + 2, screen.height))
        return (box, Layout.hasBorder(box) ? box.inset(top: 1, left: 2, bottom: 1, right: 2) : box, rows)
    }

    /// The layout of `state`'s help above the status line, as the screen draws it.
    static func layout(of state: AppState) -> (box: Rect, inner: Rect, rows: [[StyledRun]]) {
        layout(HelpEntries(state), in: Rect(x: 0, y: 0, width: state.width, height: max(0, state.height - 1)))
    }

    /// Whether `state`'s help has more rows than its box shows, so its keys scroll it.
    static func scrolls(_ state: AppState) -> Bool {
        let help = layout(of: state)
        return help.rows.count > help.inner.height
    }

    /// Draws the overlay centred in `screen`, scrolled by `offset` rows.
    static func render(_ state: AppState, offset: Int, into grid: inout Grid, in screen: Rect, theme: Theme) {
        let entries = HelpEntries(state)
        let (box, inner, rows) = layout(entries, in: screen)
        guard !box.isEmpty else { return }
        grid.fill(box)
        // A box too small for a border is all content (`Layout.inside`).
        if Layout.hasBorder(box) {
            grid.drawBox(box, border: theme.border, style: CellStyle(.focusedBorder),
                         title: "\(entries.title) · \(state.keyMap.firstKeyLabel(for: .back)) closes")
        }
        let first = min(max(0, offset), max(0, rows.count - inner.height))
        for row in 0..<min(inner.height, rows.count - first) {
            // A summary too long for a very narrow screen ends in an ellipsis.
            grid.drawRuns(TextLayout.truncate(rows[first + row], toWidth: inner.width, ellipsis: theme.glyphs.ellipsis), in: inner.row(row))
        }
        if rows.count > inner.height, Layout.hasBorder(box) {
            // The longest form that leaves the border's corners and a stroke of it on either side.
            let range = " \(first + 1)-\(min(rows.count, first + inner.height)) of \(rows.count)"
            let keys = "\(state.keyMap.firstKeyLabel(for: .down))/\(state.keyMap.firstKeyLabel(for: .up))"
            let room = box.width - 4
            if let position = [range + ", \(keys) scroll ", range + " "].first(where: { displayWidth($0) <= room }) {
                let width = displayWidth(position)
                grid.drawText(position, in: Rect(x: box.maxX - 2 - width, y: box.maxY - 1, width: width, height: 1), style: CellStyle(.dim))
            }
        }
    }
}
