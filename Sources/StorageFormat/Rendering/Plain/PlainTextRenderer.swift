/// Renders blocks to undecorated text for ingestion: no wrapping, no frames, no styles. Lists keep
/// their markers and indentation, tasks show `[ ]`/`[x]`, tables become one `a | b` line per row.
struct PlainTextRenderer: BlockVisitor {
    private let options: RenderOptions
    private let root: GeneratedListings
    private var writer = PrefixedLineWriter()
    /// The UTF-8 of the line or block being composed, reused from one to the next.
    private var scratch = LineBytes()
    /// The UTF-8 of the table cell being read, reused from cell to cell.
    private var cellText = LineBytes()
    /// The writer a record's cells are rendered with, its storage reused from cell to cell (taken out
    /// while a cell renders, so a table inside the cell starts from an empty one).
    private var cellWriter = PrefixedLineWriter()

    /// Renders `blocks` to text.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        String(renderedUTF8: written(blocks, options: options).bytes)
    }

    /// The UTF-8 of `blocks` rendered to text, for renderers that embed it.
    static func bytes(of blocks: [Block], options: RenderOptions) -> LineBytes {
        written(blocks, options: options).bytes
    }

    /// The line writer after rendering `blocks`.
    private static func written(_ blocks: [Block], options: RenderOptions) -> PrefixedLineWriter {
        var renderer = PlainTextRenderer(options: options, root: GeneratedListings(blocks))
        renderer.visit(blocks)
        return renderer.writer
    }

    private init(options: RenderOptions, root: GeneratedListings) {
        self.options = options
        self.root = root
    }

    /// Appends the text of inline content to `output`; line breaks stay newlines, and break hints go but from code,
    /// which keeps its text as written.
    static func appendText(of inlines: [Inline], options: RenderOptions, to output: inout LineBytes) {
        InlineSpan.visit(inlines, base: RunStyle(), options: options) { span in
            if span.style.role == .inlineCode { output.append(utf8Of: span.text) } else { output.append(droppingBreakHints: span.text) }
        }
    }

    mutating func leaf(_ block: Block) {
        // A paragraph of spaces and breaks (`<p>&nbsp;</p>`, Confluence's spacer) says nothing to an ingestion, nor does
        // an item holding only one.
        if case .paragraph(let inlines) = block, inlines.allSatisfy({ $0.isBlankText || $0 == .lineBreak }) { return }
        writer.beginBlock()
        switch block {
        case .heading(let heading):
            writeText(of: heading.content)
        case .paragraph(let inlines):
            writeText(of: inlines)
        case .code(let code):
            if let title = code.title { writer.line(title) }
            writer.lines(code.body.utf8, trim: false)
        case .table(let table):
            renderTable(table)
        case .tableOfContents(let toc):
            let entries = root.entries(for: toc)
            if entries.isEmpty { writer.line("[toc]") }
            for entry in entries {
                scratch.removeAll()
                scratch.append(repeating: 0x20, count: 2 * entry.depth)
                Self.appendText(of: entry.heading.singleLineContent, options: options, to: &scratch)
                writer.line(scratch)
            }
        case .rule, .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    /// Writes the lines of inline content, trailing spaces trimmed.
    private mutating func writeText(of inlines: [Inline]) {
        Self.writeText(of: inlines, options: options, to: &writer)
    }

    /// Writes the lines of inline content to `writer`, trailing spaces trimmed, composed in its output.
    private static func writeText(of inlines: [Inline], options: RenderOptions, to writer: inout PrefixedLineWriter) {
        writer.composeLines { output, _ in
            appendText(of: inlines, options: options, to: &output)
            return true
        }
    }

    /// Simple tables become one `a | b` line per row; tables with block content become records,
    /// each cell under its columns' headers, so code and lists inside cells survive. A cell spanning
    /// rows or columns shows in each row and column it covers, so every value stays under its header;
    /// one spanning a whole row (a title) shows once.
    private mutating func renderTable(_ table: Table) {
        // A table of simple cells without spans needs no grid laid out: its rows are its lines.
        let spans = table.rows.contains { $0.cells.contains { $0.rowSpan > 1 || $0.columnSpan > 1 } }
        if !spans && table.rows.allSatisfy({ $0.cells.allSatisfy(\.holdsAtMostOneParagraph) }) {
            for row in table.rows { writeRow(row.cells) }
            return
        }
        let grid = TableGrid(table)
        guard !grid.placements.allSatisfy({ $0.cell.holdsAtMostOneParagraph }) else {
            for row in 0..<grid.rowCount { writeRow(grid.covering(row: row)) }
            return
        }
        let labels = grid.columnLabels { cellText($0) }
        // Without a header row no label is made up (`Column 1`): a row led by a header cell (a key) labels the rest of
        // the row with it, and any other row's cells are written as they are.
        let hasHeaderRow = !grid.labelRows.isEmpty
        // As the terminal's records: a header row further down (a section's title) is a line of its own.
        var wroteRow = false
        for row in grid.recordRows {
            if wroteRow { writer.line("") }
            wroteRow = true
            if grid.headerRows[row] {
                writeRow(grid.covering(row: row))
                continue
            }
            var fields = grid.recordFields(inRow: row)[...]
            var key: String?
            if !hasHeaderRow, fields.count > 1, let first = fields.first, grid.placements[first.id].cell.isHeader {
                key = cellText(grid.placements[first.id].cell)
                fields = fields.dropFirst()
            }
            for field in fields {
                let label = hasHeaderRow ? TableGrid.label(of: field, in: labels) : key
                writeRecordField(grid.placements[field.id].cell, label: label.map { $0 + ":" })
            }
        }
    }

    /// The text of `cell` on one line, as a label reads it.
    private mutating func cellText(_ cell: TableCell) -> String {
        scratch.removeAll()
        appendCellText(cell)
        return scratch.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// One `a | b` line: each cell's text on one line; beside another cell, a `|` in it is written `\|` so the
    /// columns still read apart.
    private mutating func writeRow(_ cells: [TableCell]) {
        scratch.removeAll()
        for (index, cell) in cells.enumerated() {
            if index > 0 { scratch.append(" | ") }
            let start = scratch.count
            appendCellText(cell)
            if cells.count > 1 { scratch.replaceAll("|", with: "\\|", from: start) }
        }
        writer.line(scratch)
    }

    /// Appends a cell's text to `scratch`, its lines joined by spaces and empty lines dropped; a lone
    /// paragraph, the common cell, is read without flattening.
    private mutating func appendCellText(_ cell: TableCell) {
        cellText.removeAll()
        if cell.blocks.count == 1, case .paragraph(let inlines) = cell.blocks[0] {
            Self.appendText(of: inlines, options: options, to: &cellText)
        } else {
            Self.appendText(of: InlineFlattener.inlines(of: cell.blocks), options: options, to: &cellText)
        }
        cellText.withUnsafeBufferPointer { text in
            var first = true
            TextLines.forEach(in: text, omittingEmpty: true) { line in
                if !first { scratch.append(0x20) }
                first = false
                scratch.append(UnsafeBufferPointer(rebasing: text[line]))
            }
        }
    }

    /// Renders a cell's blocks on their own into `cellWriter`, emptied first: this renderer writes them,
    /// with a writer of their own, so a cell reuses its buffers.
    private mutating func render(cell blocks: [Block], into cellWriter: inout PrefixedLineWriter) {
        cellWriter.removeAll()
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
            return Self.writeText(of: inlines, options: options, to: &cellWriter)
        }
        swap(&writer, &cellWriter)
        visit(blocks)
        swap(&writer, &cellWriter)
    }

    /// A cell of a record: `label text` when it renders to one line, else the label with the lines indented below; without
    /// a label, its lines as they are.
    private mutating func writeRecordField(_ cell: TableCell, label: String?) {
        var cellWriter = PrefixedLineWriter()
        swap(&cellWriter, &self.cellWriter)
        defer { swap(&cellWriter, &self.cellWriter) }
        render(cell: cell.blocks, into: &cellWriter)
        guard cellWriter.bytes.count > 0 else { return }
        cellWriter.bytes.withUnsafeBufferPointer { text in
            guard let label else {
                return TextLines.forEach(in: text, omittingEmpty: false) { writer.line(UnsafeBufferPointer(rebasing: text[$0]), trim: false) }
            }
            var lineCount = 0
            TextLines.forEach(in: text, omittingEmpty: false) { _ in lineCount += 1 }
            guard lineCount > 1 else {
                scratch.removeAll()
                scratch.append(utf8Of: label)
                scratch.append(0x20)
                scratch.append(text)
                return writer.line(scratch)
            }
            writer.line(label)
            TextLines.forEach(in: text, omittingEmpty: false) { part in
                scratch.removeAll()
                if !part.isEmpty {
                    scratch.append("  ")
                    scratch.append(UnsafeBufferPointer(rebasing: text[part]))
                }
                writer.line(scratch, trim: false)
            }
        }
    }

    mutating func exit(_ container: BlockContainer) {
        writer.close(container)
    }

    mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            writer.beginBlock()
            writer.push("", "", tight: true)
        case .item(let kind, let number, let item, _):
            writer.markContent()
            // A hidden marker still indents the item, whose nested list reads as one level deeper.
            guard item.showsMarker else { return writer.push(hiddenItemOfWidth: kind.markerWidth(number: number)) }
            switch kind {
            case .unordered: writer.push("- ", "  ", tight: true)
            case .ordered: writer.push(orderedItem: number)
            case .task: writer.push(item.isChecked == true ? "[x] " : "[ ] ", "    ", tight: true)
            }
        case .quote:
            writer.beginBlock()
            writer.push("> ", "> ", tight: false)
        case .panel(let panel):
            writer.beginBlock()
            writer.line(panel.caption)
            writer.push("  ", "  ", tight: false)
        case .expand(let expand):
            writer.beginBlock()
            writer.line(expand.title)
            writer.push("  ", "  ", tight: false)
        case .macro(let macro):
            writer.beginBlock()
            scratch.removeAll()
            scratch.append("[")
            scratch.append(utf8Of: macro.name)
            for (index, reference) in macro.references.enumerated() {
                scratch.append(index == 0 ? ": " : ", ")
                Self.appendText(of: [reference], options: options, to: &scratch)
            }
            if case let entries = root.childEntries(namedBy: macro, options: options), !entries.isEmpty {
                scratch.append(": ")
                scratch.append(utf8Of: ChildrenListing.joined(entries))
            }
            scratch.append("]")
            writer.line(scratch)
            writer.push("", "", tight: false)
        case .layoutCell:
            writer.beginBlock()
            writer.push("", "", tight: false)
        }
    }
}
