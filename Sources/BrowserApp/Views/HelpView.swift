import TerminalKit

/// The `?` overlay: every command with its keys, generated from the key map.
enum HelpView {
    /// One row per command: keys, padded, then what it does.
    static func lines(_ keyMap: KeyMap) -> [[StyledRun]] {
        let labels = Command.allCases.map { keyMap.keyLabel(for: $0) }
        let column = min(20, labels.map(displayWidth).max() ?? 0) + 2
        return zip(Command.allCases, labels).map { command, label in
            [StyledRun(TextLayout.pad(label, toWidth: column), style: CellStyle(.title)), StyledRun(command.summary)]
        }
    }

    /// Draws the overlay centred in `screen`, scrolled by `offset` rows.
    static func render(_ keyMap: KeyMap, offset: Int, into grid: inout Grid, in screen: Rect, theme: Theme) {
        let rows = lines(keyMap)
        let wanted = (rows.map { $0.reduce(0) { $0 + displayWidth($1.text) } }.max() ?? 0) + 4
        let box = screen.centered(width: min(wanted, screen.width), height: min(rows.count + 2, screen.height))
        guard !box.isEmpty else { return }
        grid.fill(box)
        grid.drawBox(box, border: theme.border, style: CellStyle(.focusedBorder), title: "Keys · \(keyMap.firstKeyLabel(for: .back)) closes")
        let inner = Layout.hasBorder(box) ? box.inset(top: 1, left: 2, bottom: 1, right: 1) : box
        let first = min(max(0, offset), max(0, rows.count - inner.height))
        for row in 0..<min(inner.height, rows.count - first) {
            // A summary too long for a narrow screen ends in an ellipsis, not mid-word.
            grid.drawRuns(TextLayout.truncate(rows[first + row], toWidth: inner.width, ellipsis: theme.glyphs.ellipsis), in: inner.row(row))
        }
        if rows.count > inner.height, Layout.hasBorder(box) {
            let position = " \(first + 1)-\(min(rows.count, first + inner.height)) of \(rows.count), j/k scroll "
            let width = min(displayWidth(position), box.width - 2)
            grid.drawText(position, in: Rect(x: box.maxX - 1 - width, y: box.maxY - 1, width: width, height: 1),
                          style: CellStyle(.dim))
        }
    }
}
