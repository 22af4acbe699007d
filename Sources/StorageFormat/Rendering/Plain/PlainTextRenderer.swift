/// Renders blocks to undecorated text for ingestion: no wrapping, no frames, no styles. Lists keep
/// their markers and indentation, tasks show `[ ]`/`[x]`, tables become one `a | b` line per row.
struct PlainTextRenderer {
    private struct Prefix {
        var first: String
        var rest: String
        var usedFirst = false
    }

    private let options: RenderOptions
    private let root: HeadingSource
    private var output = ""
    private var prefixes: [Prefix] = []
    private var levels: [(tight: Bool, hasContent: Bool)] = [(false, false)]

    /// Renders `blocks` to text.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        var renderer = PlainTextRenderer(options: options, root: HeadingSource(blocks))
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { renderer.handle(event) }
        return renderer.output
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
            beginBlock()
            leaf(block)
        case .enter(let container):
            enter(container)
        case .exit(let container):
            let prefix = prefixes.removeLast()
            levels.removeLast()
            if case .item(let kind, _, _, _) = container, !prefix.usedFirst, kind == .task {
                prefixes.append(prefix)
                line("")
                prefixes.removeLast()
            }
        }
    }

    private mutating func leaf(_ block: Block) {
        switch block {
        case .heading(let heading):
            lines(Self.text(of: heading.content, options: options))
        case .paragraph(let inlines):
            lines(Self.text(of: inlines, options: options))
        case .code(let code):
            if let title = code.title { line(title) }
            var text = Substring(code.text)
            if text.hasSuffix("\n") { text = text.dropLast() }
            lines(String(text), trim: false)
        case .table(let table):
            renderTable(table)
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty { line("[toc]") }
            for entry in entries {
                line(String(repeating: "  ", count: entry.depth) + Self.text(of: entry.heading.content, options: options))
            }
        case .rule:
            line("")
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
            for row in table.rows { line(row.cells.map(cellText).joined(separator: " | ")) }
            return
        }
        var labels: [Int: String] = [:]
        if let headerRow = (0..<grid.rowCount).first(where: { grid.headerRows[$0] }) {
            for placement in grid.placements where placement.row == headerRow {
                labels[placement.column] = cellText(placement.cell)
            }
        }
        for (index, row) in table.rows.enumerated() {
            if index > 0 { line("") }
            if row.isHeader {
                line(row.cells.map(cellText).joined(separator: " | "))
                continue
            }
            for placement in grid.placements where placement.row == index {
                let label = labels[placement.column].map { $0 + ":" } ?? "-"
                let text = PlainTextRenderer.render(placement.cell.blocks, options: options)
                if text.isEmpty { continue }
                let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
                if parts.count == 1 {
                    line(label + " " + parts[0])
                    continue
                }
                line(label)
                for part in parts { line(part.isEmpty ? "" : "  " + part, trim: false) }
            }
        }
    }

    private mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            beginBlock()
            push("", "", tight: true)
        case .item(let kind, let number, let item, _):
            levels[levels.count - 1].hasContent = true
            guard item.showsMarker else { return push("", "", tight: true) }
            let marker: String
            switch kind {
            case .unordered: marker = "- "
            case .ordered: marker = "\(number). "
            case .task: marker = item.isChecked == true ? "[x] " : "[ ] "
            }
            push(marker, String(repeating: " ", count: marker.count), tight: true)
        case .quote:
            beginBlock()
            push("> ", "> ", tight: false)
        case .panel(let panel):
            beginBlock()
            line(panel.kind.label + (panel.title.map { ": " + $0 } ?? ""))
            push("  ", "  ", tight: false)
        case .expand(let expand):
            beginBlock()
            line(expand.title)
            push("  ", "  ", tight: false)
        case .macro(let macro):
            beginBlock()
            var marker = "[" + macro.name
            if !macro.references.isEmpty {
                marker += ": " + macro.references.map { Self.text(of: [$0], options: options) }.joined(separator: ", ")
            }
            line(marker + "]")
            push("", "", tight: false)
        case .layoutCell:
            beginBlock()
            push("", "", tight: false)
        }
    }

    private mutating func push(_ first: String, _ rest: String, tight: Bool) {
        prefixes.append(Prefix(first: first, rest: rest))
        levels.append((tight, false))
    }

    private mutating func beginBlock() {
        let last = levels.count - 1
        if levels[last].hasContent && !levels[last].tight { line("") }
        levels[last].hasContent = true
    }

    private mutating func lines(_ text: String, trim: Bool = true) {
        for part in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line(Substring(part), trim: trim)
        }
    }

    /// Appends one line under the open prefixes; `trim` drops trailing spaces (not for code).
    private mutating func line(_ text: some StringProtocol, trim: Bool = true) {
        if !output.isEmpty { output += "\n" }
        var lineText = ""
        for index in prefixes.indices {
            if prefixes[index].usedFirst {
                lineText += prefixes[index].rest
            } else {
                lineText += prefixes[index].first
                prefixes[index].usedFirst = true
            }
        }
        if text.isEmpty || trim {
            lineText += text
            while lineText.last == " " { lineText.removeLast() }
        } else {
            lineText += text
        }
        output += lineText
    }
}
