import DataSources
import TerminalKit

/// Draws the loader options panel inside the definitions overlay: one row per option with its value, and what the
/// selected one does below.
enum LoaderOptionsView {
    /// Width of the option titles' column.
    private static let titleColumn = 26

    static func render(_ editor: LoaderOptionsEditor, into grid: inout Grid, layout: DefinitionsLayout) {
        let fallback = LoaderOption.word(LoaderOption.llamaCloudDefault)
        let heading = TextLayout.wrap("Unset leaves an option to LlamaCloud's default: \(fallback).", width: layout.body.width)
        let options = LoaderOption.allCases
        // The heading gives up its last rows, then the gap below it, before an option's row does.
        let headingRows = min(heading.count, max(0, layout.body.height - options.count))
        let (top, list) = layout.body.splitRows(at: headingRows + (layout.body.height > headingRows + options.count ? 1 : 0))
        for (index, line) in heading.prefix(headingRows).enumerated() {
            grid.drawText(line, in: top.row(index), style: CellStyle(.dim))
        }
        // Where the column leaves too little room, an unset value is the bare word the heading explains.
        let unset = list.width - titleColumn >= 19 ? "unset (default \(fallback))" : "unset"
        for (index, option) in options.prefix(list.height).enumerated() {
            let selected = option == editor.selected
            let value = editor.values[option]
            let background: StyleRole? = selected ? .selected : nil
            let role: StyleRole = selected ? .selected : (value == true ? .success : (value == nil ? .dim : .normal))
            grid.fill(list.row(index), style: CellStyle(selected ? .selected : .normal))
            grid.drawRuns([StyledRun(TextLayout.pad("  " + option.title, toWidth: titleColumn), style: CellStyle(selected ? .selected : .normal)),
                           StyledRun(value == nil ? unset : LoaderOption.word(value),
                                     style: CellStyle(role, background: background, attributes: selected ? .bold : []))],
                          in: list.row(index))
        }
        var detail = ["\(editor.selected.field): when on, \(editor.selected.effect)."]
        if editor.isEdited { detail.append("Edited: \(LoaderOption.summary(editor.values)).") }
        Message.draw(detail, role: .dim, into: &grid, in: layout.detail)
    }
}
