/// Renders blocks as GitHub-flavoured Markdown: fenced code with its language, pipe tables where the
/// shape allows (HTML tables otherwise), `- [ ]` tasks, `> **Note:**` panels and `<details>` expands.
struct MarkdownRenderer {
    private let options: RenderOptions
    private let inline: MarkdownInline
    private let root: HeadingSource
    private var writer = PrefixedLineWriter()

    /// Renders `blocks` to Markdown.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        var renderer = MarkdownRenderer(options: options, root: HeadingSource(blocks))
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { renderer.handle(event) }
        return renderer.writer.output(endingWith: "\n")
    }

    private init(options: RenderOptions, root: HeadingSource) {
        self.options = options
        self.inline = MarkdownInline(options: options)
        self.root = root
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
            if case .expand = container {
                writer.line("", trim: false)
                writer.line("</details>", trim: false)
            }
        }
    }

    private mutating func leaf(_ block: Block) {
        switch block {
        case .heading(let heading):
            let text = inline.render(heading.content).replacingAll("\\\n", with: " ")
            writer.line(String(repeating: "#", count: min(max(heading.level, 1), 6)) + " " + text, trim: false)
        case .paragraph(let inlines):
            writer.lines(escapeLineStart(inline.render(inlines)), trim: false)
        case .code(let code):
            if let title = code.title { writer.line("**" + inline.escape(title) + "**", trim: false) }
            let text = code.body
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            writer.line(fence + (code.language ?? ""), trim: false)
            if !text.isEmpty { writer.lines(String(text), trim: false) }
            writer.line(fence, trim: false)
        case .table(let table):
            pipeTable(table)
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty { writer.line("\\[toc\\]", trim: false) }
            for entry in entries {
                let text = PlainTextRenderer.text(of: entry.heading.content, options: options)
                writer.line(String(repeating: "  ", count: entry.depth) + "- [" + inline.escape(text) + "](#"
                     + MarkdownRenderer.slug(text) + ")", trim: false)
            }
        case .rule:
            writer.line("---", trim: false)
        case .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    private mutating func pipeTable(_ table: Table) {
        let grid = TableGrid(table)
        guard grid.columnCount > 0 else { return }
        let simple = grid.isRectangular && grid.placements.allSatisfy { placement in
            placement.cell.blocks.count <= 1 && placement.cell.blocks.allSatisfy {
                if case .paragraph = $0 { return true } else { return false }
            }
        }
        guard simple else { return htmlTable(grid) }
        var cellInline = inline
        cellInline.inTable = true
        func row(_ index: Int) -> String {
            let cells = (0..<grid.columnCount).map { column -> String in
                guard let placement = grid.placement(row: index, column: column),
                      case .paragraph(let inlines) = placement.cell.blocks.first else { return "" }
                return cellInline.render(inlines)
            }
            return "| " + cells.joined(separator: " | ") + " |"
        }
        let separator = "|" + String(repeating: " --- |", count: grid.columnCount)
        var first = 0
        if grid.headerRows.first == true {
            writer.line(row(0), trim: false)
            first = 1
        } else {
            writer.line("|" + String(repeating: "  |", count: grid.columnCount), trim: false)
        }
        writer.line(separator, trim: false)
        for index in first..<grid.rowCount { writer.line(row(index), trim: false) }
    }

    /// A table whose spans or content a pipe table cannot hold, as HTML with its spans.
    private mutating func htmlTable(_ grid: TableGrid) {
        writer.line("<table>", trim: false)
        for rowIndex in 0..<grid.rowCount {
            var row = "<tr>"
            for placement in grid.placements where placement.row == rowIndex {
                let tag = placement.cell.isHeader ? "th" : "td"
                var open = "<" + tag
                if placement.rowSpan > 1 { open += " rowspan=\"\(placement.rowSpan)\"" }
                if placement.columnSpan > 1 { open += " colspan=\"\(placement.columnSpan)\"" }
                let text = MarkdownRenderer.cellHTML(placement.cell.blocks, options: options)
                row += open + ">" + text + "</" + tag + ">"
            }
            writer.line(row + "</tr>", trim: false)
        }
        writer.line("</table>", trim: false)
    }

    /// A cell's content as escaped HTML text: one line per paragraph or item, joined by `<br>`.
    private static func cellHTML(_ blocks: [Block], options: RenderOptions) -> String {
        var parts: [String] = []
        var traversal = BlockTraversal(blocks)
        var marker = ""
        while let event = traversal.next() {
            switch event {
            case .enter(.item(let kind, let number, let item, let depth)):
                let indent = String(repeating: "&nbsp;&nbsp;", count: depth)
                switch kind {
                case .unordered: marker = indent + "• "
                case .ordered: marker = indent + "\(number). "
                case .task: marker = indent + (item.isChecked == true ? "[x] " : "[ ] ")
                }
            case .leaf(let block):
                for part in cellLines(of: block, options: options) {
                    parts.append(marker + html(String(part)))
                    marker = ""
                }
            default:
                break
            }
        }
        return parts.joined(separator: "<br>")
    }

    /// The non-empty plain-text lines of one block in a cell, as the plain renderer writes them;
    /// paragraphs, the common case, skip building a renderer.
    private static func cellLines(of block: Block, options: RenderOptions) -> [Substring] {
        guard case .paragraph(let inlines) = block else {
            return PlainTextRenderer.render([block], options: options).split(separator: "\n")
        }
        return PlainTextRenderer.text(of: inlines, options: options).split(separator: "\n").compactMap { line in
            var trimmed = line
            while trimmed.utf8.last == 0x20 { trimmed = trimmed.dropLast() }
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Text escaped for HTML content, with `|` escaped too so pipe tables stay intact.
    private static func html(_ text: String) -> String {
        text.replacingASCII { byte in
            switch byte {
            case 0x26: return "&amp;"
            case 0x3C: return "&lt;"
            case 0x3E: return "&gt;"
            case 0x7C: return "&#124;"
            default: return nil
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
            switch kind {
            case .unordered: writer.push("- ", "  ", tight: true)
            case .ordered:
                let marker = "\(number). "
                writer.push(marker, String(repeating: " ", count: marker.count), tight: true)
            case .task: writer.push(item.isChecked == true ? "- [x] " : "- [ ] ", "  ", tight: true)
            }
        case .quote:
            writer.beginBlock()
            writer.push("> ", "> ", tight: false)
        case .panel(let panel):
            writer.beginBlock()
            let title = panel.title.map { " " + inline.escape($0) } ?? ""
            writer.line("> **" + panel.kind.label + ":**" + title, trim: false)
            writer.push("> ", "> ", tight: false)
            writer.markContent()
        case .expand(let expand):
            writer.beginBlock()
            writer.line("<details><summary>" + MarkdownRenderer.html(expand.title) + "</summary>", trim: false)
            writer.push("", "", tight: false)
            writer.markContent()
        case .macro(let macro):
            writer.beginBlock()
            var marker = "\\[" + inline.escape(macro.name)
            if !macro.references.isEmpty {
                marker += ": " + macro.references.map { inline.render([$0]) }.joined(separator: ", ")
            }
            writer.line(marker + "\\]", trim: false)
            writer.push("", "", tight: false)
            writer.markContent()
        case .layoutCell:
            writer.beginBlock()
            writer.push("", "", tight: false)
        }
    }

    /// A GitHub heading anchor: lowercase, punctuation dropped, spaces as hyphens (ASCII text over bytes).
    static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            for byte in text.utf8 {
                let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                if lower == 0x20 {
                    bytes.append(0x2D)
                } else if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower == 0x2D || lower == 0x5F {
                    bytes.append(lower)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var slug = ""
        for character in text.lowercased() {
            if character == " " {
                slug += "-"
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }

    /// Escapes what would turn a paragraph's start into a heading, list, quote or rule.
    private func escapeLineStart(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first else { return text }
        if first == 0x23 || first == 0x2D || first == 0x2B || first == 0x3D { return "\\" + text }
        let digits = bytes.prefix(while: { $0 &- 0x30 < 10 }).count
        let next = bytes.dropFirst(digits).first
        if digits > 0, next == 0x2E || next == 0x29 {
            let split = bytes.index(bytes.startIndex, offsetBy: digits)
            return String(text[..<split]) + "\\" + String(text[split...])
        }
        return text
    }
}
