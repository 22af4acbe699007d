/// Tables: pipe tables when every cell is one paragraph on a plain grid, HTML with spans otherwise.
extension MarkdownRenderer {
    /// Writes a table as a pipe table, or as HTML when it has spans, cells with more than one paragraph, or header
    /// rows a pipe table's one header row cannot hold (a second one, or one further down).
    mutating func writeTable(_ table: Table) {
        let grid = TableGrid(table)
        guard grid.columnCount > 0 else { return }
        guard grid.isRectangular && grid.placements.allSatisfy({ $0.cell.holdsAtMostOneParagraph })
            && !grid.headerRows.dropFirst().contains(true) else {
            return writeHTMLTable(grid)
        }
        var first = 0
        if grid.headerRows.first == true {
            writePipeRow(0, of: grid, isHeaderRow: true)
            first = 1
        } else {
            scratch.removeAll()
            scratch.append("|")
            for _ in 0..<grid.columnCount { scratch.append("  |") }
            writer.line(scratch, trim: false)
        }
        scratch.removeAll()
        scratch.append("|")
        for _ in 0..<grid.columnCount { scratch.append(" --- |") }
        writer.line(scratch, trim: false)
        for index in first..<grid.rowCount { writePipeRow(index, of: grid, isHeaderRow: false) }
    }

    /// `| a | b |`: each cell's paragraph with `|` escaped and line breaks as `<br>`.
    private mutating func writePipeRow(_ row: Int, of grid: TableGrid, isHeaderRow: Bool) {
        var cellInline = inline
        cellInline.inTable = true
        scratch.removeAll()
        scratch.append("| ")
        for column in 0..<grid.columnCount {
            if column > 0 { scratch.append(" | ") }
            if let placement = grid.placement(row: row, column: column),
               case .paragraph(let inlines) = placement.cell.blocks.first {
                let start = scratch.count
                // A header cell outside the header row (a header column's) is bold, as its table shows it.
                let shown = !isHeaderRow && placement.cell.isHeader ? Self.emboldened(inlines) : inlines
                // A line separator in the text would end the row.
                if cellInline.append(shown, to: &scratch) { scratch.replaceAll("\n", with: "<br>", from: start) }
            }
        }
        scratch.append(" |")
        writer.line(scratch, trim: false)
    }

    /// `inlines` with their text and links (a mention's name, a link's body) bold.
    private static func emboldened(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline -> Inline in
            switch inline {
            case .text(let text, let style):
                return .text(text, style.union(.strong))
            case .link(var link):
                link.style.formUnion(.strong)
                link.body = emboldened(link.body)
                return .link(link)
            default:
                return inline
            }
        }
    }

    /// A table whose spans or content a pipe table cannot hold, as HTML with its spans. A cell of plain text is
    /// written as HTML text; a cell with links, images, styles or blocks other than paragraphs as Markdown between
    /// blank lines, which Markdown readers read inside an HTML table.
    private mutating func writeHTMLTable(_ grid: TableGrid) {
        writer.line("<table>", trim: false)
        for rowIndex in 0..<grid.rowCount {
            scratch.removeAll()
            scratch.append("<tr>")
            for index in grid.placementIndices(inRow: rowIndex) {
                let placement = grid.placements[index]
                let (open, close): (StaticString, StaticString) = placement.cell.isHeader ? ("<th", "</th>") : ("<td", "</td>")
                scratch.append(open)
                if placement.rowSpan > 1 { scratch.append(utf8Of: " rowspan=\"\(placement.rowSpan)\"") }
                if placement.columnSpan > 1 { scratch.append(utf8Of: " colspan=\"\(placement.columnSpan)\"") }
                scratch.append(">")
                if Self.holdsPlainText(placement.cell) {
                    Self.appendCellHTML(placement.cell.blocks, options: options, text: &cellText, to: &scratch)
                } else {
                    writer.line(scratch, trim: false)
                    writer.line("", trim: false)
                    markdown(of: placement.cell.blocks).withUnsafeBufferPointer { writer.lines($0, trim: false) }
                    writer.line("", trim: false)
                    scratch.removeAll()
                }
                scratch.append(close)
            }
            scratch.append("</tr>")
            writer.line(scratch, trim: false)
        }
        writer.line("</table>", trim: false)
    }

    /// Whether `cell` holds paragraphs whose Markdown would be their plain text: no links but mentions, no images and
    /// no styles Markdown writes (bold aside in a header cell, which is bold anyway).
    private static func holdsPlainText(_ cell: TableCell) -> Bool {
        let styles = cell.isHeader ? MarkdownStyleSpans.written.subtracting(.strong) : MarkdownStyleSpans.written
        return cell.blocks.allSatisfy { block in
            guard case .paragraph(let inlines) = block else { return false }
            return inlines.allSatisfy { inline in
                switch inline {
                case .text(_, let style): style.isDisjoint(with: styles)
                case .link(let link): link.target.showsNameAlone && MarkdownInline.isUnstyled(link, in: styles)
                case .image: false
                case .date(_, let style), .jiraIssue(_, let style): style.isDisjoint(with: styles)
                case .lineBreak, .emoticon, .status, .anchor: true
                }
            }
        }
    }

    /// A cell's content as escaped HTML text: one line per paragraph or item, joined by `<br>`; its
    /// paragraphs' plain text is composed in `text`.
    private static func appendCellHTML(_ blocks: [Block], options: RenderOptions, text: inout LineBytes,
                                       to output: inout LineBytes) {
        var cell = CellHTML(options: options)
        swap(&cell.output, &output)
        swap(&cell.text, &text)
        // A lone paragraph, the common cell, needs no walk.
        if blocks.count == 1, case .paragraph = blocks[0] { cell.leaf(blocks[0]) } else { cell.visit(blocks) }
        swap(&cell.output, &output)
        swap(&cell.text, &text)
    }

    /// Writes a cell's lines as HTML text, each item's first line after its marker.
    private struct CellHTML: BlockVisitor {
        let options: RenderOptions
        var output = LineBytes()
        /// The plain text of the paragraph being written.
        var text = LineBytes()
        /// The marker of the item whose first line comes next, its indent included.
        var marker = LineBytes()
        var first = true

        init(options: RenderOptions) {
            self.options = options
        }

        mutating func enter(_ container: BlockContainer) {
            guard case .item(let kind, let number, let item, let depth) = container else { return }
            marker.removeAll()
            for _ in 0..<depth { marker.append("&nbsp;&nbsp;") }
            switch kind {
            case .unordered: marker.append("• ")
            case .ordered:
                marker.append(decimal: number)
                marker.append(". ")
            case .task: marker.append(item.isChecked == true ? "[x] " : "[ ] ")
            }
        }

        mutating func exit(_ container: BlockContainer) {}

        mutating func leaf(_ block: Block) {
            var text = LineBytes()
            swap(&text, &self.text)
            defer { swap(&text, &self.text) }
            forEachCellLine(of: block, options: options, text: &text) { line in
                if !first { output.append("<br>") }
                first = false
                if !marker.isEmpty {
                    marker.withUnsafeBufferPointer { output.append($0) }
                    marker.removeAll()
                }
                appendHTML(line, to: &output)
            }
        }
    }

    /// Calls `body` with each non-empty plain-text line of one block in a cell, as the plain renderer
    /// writes them; paragraphs, the common case, skip building a renderer and are composed in `text`.
    private static func forEachCellLine(of block: Block, options: RenderOptions, text: inout LineBytes,
                                        _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard case .paragraph(let inlines) = block else {
            return PlainTextRenderer.bytes(of: [block], options: options).withUnsafeBufferPointer { text in
                TextLines.forEach(in: text, omittingEmpty: true) { body(UnsafeBufferPointer(rebasing: text[$0])) }
            }
        }
        text.removeAll()
        PlainTextRenderer.appendText(of: inlines, options: options, to: &text)
        text.withUnsafeBufferPointer { text in
            TextLines.forEach(in: text, omittingEmpty: true) { line in
                let trimmed = trimmingTrailingSpaces(UnsafeBufferPointer(rebasing: text[line]))
                if !trimmed.isEmpty { body(trimmed) }
            }
        }
    }

    /// `line` without its trailing spaces, dropped a character at a time as `Substring.dropLast()` would.
    private static func trimmingTrailingSpaces(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var end = line.count
        while end > 0 && line[end - 1] == 0x20 {
            if end > 1 && line[end - 2] >= 0x80 {
                // A space after a prepended mark belongs to its character: let `String` find where it starts.
                var text = Substring(String(decoding: UnsafeBufferPointer(rebasing: line[..<end]), as: UTF8.self))
                while text.utf8.last == 0x20 { text = text.dropLast() }
                return UnsafeBufferPointer(rebasing: line[..<text.utf8.count])
            }
            end -= 1
        }
        return UnsafeBufferPointer(rebasing: line[..<end])
    }

    /// Appends text escaped for HTML content, with `|` escaped too so pipe tables stay intact.
    static func appendHTML(_ text: UnsafeBufferPointer<UInt8>, to output: inout LineBytes) {
        output.append(text, escaping: htmlEscapes)
    }

    /// HTML's special characters, and `|`, as character references.
    private static let htmlEscapes = ASCIIEscapes { byte in
        switch byte {
        case 0x26: return "&amp;"
        case 0x3C: return "&lt;"
        case 0x3E: return "&gt;"
        case 0x7C: return "&#124;"
        default: return nil
        }
    }
}
