import DataSources
import TerminalKit

/// Draws the loader options panel (in the definitions overlay or the builder): one row per option with its value, and
/// what the option does beside it on a wide screen, else the selected one's below.
enum LoaderOptionsView {
    /// Width of the option titles' column where the rows have room for it.
    private static let titleColumn = 26
    /// Width of the values' column, where wide screens show each option's field and effect after it.
    private static let valueColumn = 22

    /// Draws the options in `rows` and the selected one's description with `note` in `detail`.
    static func render(_ editor: LoaderOptionsEditor, note: String?, into grid: inout Grid, rows: Rect, detail detailRect: Rect,
                       ellipsis: String) {
        let fallback = LoaderOption.word(LoaderOption.llamaCloudDefault)
        let heading = TextLayout.wrap("Unset leaves an option to LlamaCloud's default: \(fallback).", width: rows.width)
        let options = LoaderOption.allCases
        // The heading gives up its last rows, then the gap below it, before an option's row does.
        let headingRows = min(heading.count, max(0, rows.height - options.count))
        let (top, list) = rows.splitRows(at: headingRows + (rows.height > headingRows + options.count ? 1 : 0))
        for (index, line) in heading.prefix(headingRows).enumerated() {
            grid.drawText(line, in: top.row(index), style: CellStyle(.dim))
        }
        let described = options.map { "\($0.field): when on, \($0.effect)" }
        let inline = list.width >= titleColumn + valueColumn + (described.map(displayWidth).max() ?? 0)
        // Narrow rows cut the titles before the values, which a row is read for: room is kept for "unset".
        let titleWidth = max(0, min(titleColumn, list.width - 5))
        // Where the column leaves too little room, an unset value is the bare word the heading explains.
        let unset = list.width - titleWidth >= 19 ? "unset (default \(fallback))" : "unset"
        // Rows too few for every option scroll to the selected one.
        let selectedIndex = options.firstIndex(of: editor.selected) ?? 0
        let first = max(0, selectedIndex - list.height + 1)
        for (index, (option, description)) in zip(options, described).dropFirst(first).prefix(list.height).enumerated() {
            let selected = option == editor.selected
            let value = editor.values[option]
            let background: StyleRole? = selected ? .selected : nil
            let role: StyleRole = selected ? .selected : (value == true ? .success : (value == nil ? .dim : .normal))
            grid.fill(list.row(index), style: CellStyle(selected ? .selected : .normal))
            let title = TextLayout.truncate("  " + option.title, toWidth: max(0, titleWidth - 1), ellipsis: ellipsis)
            var runs = [StyledRun(TextLayout.pad(title, toWidth: titleWidth), style: CellStyle(selected ? .selected : .normal)),
                        StyledRun(TextLayout.pad(value == nil ? unset : LoaderOption.word(value), toWidth: valueColumn),
                                  style: CellStyle(role, background: background, attributes: selected ? .bold : []))]
            if inline {
                runs.append(StyledRun(description, style: CellStyle(selected ? .selected : .dim, background: background)))
            }
            grid.drawRuns(runs, in: list.row(index))
        }
        var detail = inline ? [] : [described[selectedIndex] + "."]
        if let note { detail.append(note) }
        // Read whole: what does not fit the detail rows takes the empty rows below the options.
        let spare = max(0, list.height - options.count)
        Message.draw(detail, role: .dim, into: &grid, in: detailRect, growingUpTo: detailRect.height + spare)
    }
}
