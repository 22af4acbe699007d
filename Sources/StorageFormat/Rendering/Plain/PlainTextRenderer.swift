/// Renders blocks to undecorated text for ingestion: no wrapping, no frames, no styles. Lists keep
/// their markers and indentation, tasks show `[ ]`/`[x]`, tables become one `a | b` line per row.
struct PlainTextRenderer {
    private let options: RenderOptions
    private let root: HeadingSource
    private var writer = PrefixedLineWriter()

    /// Renders `blocks` to text.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        var renderer = PlainTextRenderer(options: options, root: HeadingSource(blocks))
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { renderer.handle(event) }
        return renderer.writer.output()
    }

    private init(options: RenderOptions, root: HeadingSource) {
        self.options = options
        self.root = root
    }

    /// The text of inline content; line breaks stay newlines.
    static func text(of inlines: [Inline], options: RenderOptions) -> String {
        var text = ""
        for span in InlineSpan.spans(of: inlines, base: RunStyle(), options: options) { text += span.text }
        return text
    }

    private mutating func handle(_ event: BlockEvent) {
        switch event {
        case .leaf(let block):
            writer.beginBlock()
            leaf(block)
        case .enter(let container):
            enter(container)
        case .exit(let container):
            writer.close(container)
        }
    }

    private mutating func leaf(_ block: Block) {
        switch block {
        case .heading(let heading):
            writer.lines(Self.text(of: heading.content, options: options))
        case .paragraph(let inlines):
            writer.lines(Self.text(of: inlines, options: options))
        case .code(let code):
            if let title = code.title { writer.line(title) }
            writer.lines(String(code.body), trim: false)
        case .table(let table):
            renderTable(table)
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty { writer.line("[toc]") }
            for entry in entries {
                writer.line(String(repeating: "  ", count: entry.depth) + Self.text(of: entry.heading.content, options: options))
            }
        case .rule:
            writer.line("")
        case .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    /// Simple tables become one `a | b` line per row; tables with block content become records,
    /// each cell under its column header, so code and lists inside cells survive.
    private mutating func renderTable(_ table: Table) {
        let grid = TableGrid(table)
        let simple = grid.placements.allSatisfy { placement in
            placement.cell.blocks.count <= 1 && placement.cell.blocks.allSatisfy {
                if case .paragraph = $0 { return true } else { return false }
            }
        }
        func cellText(_ cell: TableCell) -> String {
            Self.text(of: InlineFlattener.inlines(of: cell.blocks), options: options)
                .split(separator: "\n").joined(separator: " ")
        }
        guard !simple else {
            for row in table.rows { writer.line(row.cells.map(cellText).joined(separator: " | ")) }
            return
        }
        var labels: [Int: String] = [:]
        if let headerRow = (0..<grid.rowCount).first(where: { grid.headerRows[$0] }) {
            for placement in grid.placements where placement.row == headerRow {
                labels[placement.column] = cellText(placement.cell)
            }
        }
        for (index, row) in table.rows.enumerated() {
            if index > 0 { writer.line("") }
            if row.isHeader {
                writer.line(row.cells.map(cellText).joined(separator: " | "))
                continue
            }
            for placement in grid.placements where placement.row == index {
                let label = labels[placement.column].map { $0 + ":" } ?? "-"
                let text = PlainTextRenderer.render(placement.cell.blocks, options: options)
                if text.isEmpty { continue }
                let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
                if parts.count == 1 {
                    writer.line(label + " " + parts[0])
                    continue
                }
                writer.line(label)
                for part in parts { writer.line(part.isEmpty ? "" : "  " + part, trim: false) }
            }
        }
    }

    private mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            writer.beginBlock()
            writer.push("", "", tight: true)
        case .item(let kind, let number, let item, _):
            writer.markContent()
            guard item.showsMarker else { return writer.push("", "", tight: true) }
            let marker: String
            switch kind {
            case .unordered: marker = "- "
            case .ordered: marker = "\(number). "
            case .task: marker = item.isChecked == true ? "[x] " : "[ ] "
            }
            writer.push(marker, String(repeating: " ", count: marker.count), tight: true)
        case .quote:
            writer.beginBlock()
            writer.push("> ", "> ", tight: false)
        case .panel(let panel):
            writer.beginBlock()
            writer.line(panel.kind.label + (panel.title.map { ": " + $0 } ?? ""))
            writer.push("  ", "  ", tight: false)
        case .expand(let expand):
            writer.beginBlock()
            writer.line(expand.title)
            writer.push("  ", "  ", tight: false)
        case .macro(let macro):
            writer.beginBlock()
            var marker = "[" + macro.name
            if !macro.references.isEmpty {
                marker += ": " + macro.references.map { Self.text(of: [$0], options: options) }.joined(separator: ", ")
            }
            writer.line(marker + "]")
            writer.push("", "", tight: false)
        case .layoutCell:
            writer.beginBlock()
            writer.push("", "", tight: false)
        }
    }
}
