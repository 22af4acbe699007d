import TerminalKit

/// A row of tabs, the selected one bracketed and bold: every title when they fit, else the selected one alone, so the
/// tab in use is never the one cut off.
enum TabStrip {
    /// The runs of `titles` with `selected` chosen, within `width` columns.
    static func runs(_ titles: [String], selected: Int, width: Int) -> [StyledRun] {
        func tab(_ index: Int) -> StyledRun {
            index == selected ? StyledRun("[\(titles[index])]", style: CellStyle(.selected, attributes: .bold))
                : StyledRun(" \(titles[index]) ", style: CellStyle(.dim))
        }
        let all = titles.indices.flatMap { [tab($0), StyledRun(" ")] }.dropLast()
        guard all.reduce(0, { $0 + displayWidth($1.text) }) > width, titles.indices.contains(selected) else { return Array(all) }
        // Too narrow for every tab: the chosen one, and where it stands among them when that fits, so the others are known.
        let position = StyledRun(" \(selected + 1)/\(titles.count)", style: CellStyle(.dim))
        let chosen = tab(selected)
        return displayWidth(chosen.text + position.text) <= width ? [chosen, position] : [chosen]
    }
}
