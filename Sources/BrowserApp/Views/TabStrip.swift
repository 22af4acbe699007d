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
        if displayWidth(chosen.text + position.text) <= width { return [chosen, position] }
        // Narrower than the chosen tab: its title cut with an ellipsis inside the brackets, which mark it as the chosen one.
        guard displayWidth(chosen.text) > width, width >= 4 else { return [chosen] }
        let title = TextLayout.truncate(titles[selected], toWidth: width - 2, ellipsis: "…")
        return [StyledRun("[\(title)]", style: chosen.style)]
    }
}
