/// Renders blocks as GitHub-flavoured Markdown: fenced code with its language, pipe tables where the
/// shape allows (HTML tables otherwise), `- [ ]` tasks, `> **Note:**` panels and `<details>` expands.
struct MarkdownRenderer {
    private struct Prefix {
        var first: String
        var rest: String
        var usedFirst = false
    }

    private let options: RenderOptions
    private let inline: MarkdownInline
    private let root: HeadingSource
    private var output = ""
    private var prefixes: [Prefix] = []
    private var levels: [(tight: Bool, hasContent: Bool)] = [(false, false)]

    /// Renders `blocks` to Markdown.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        var renderer = MarkdownRenderer(options: options, root: HeadingSource(blocks))
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { renderer.handle(event) }
        return renderer.output.isEmpty ? "" : renderer.output + "\n"
    }

    private init(options: RenderOptions, root: HeadingSource) {
        self.options = options
        self.inline = MarkdownInline(options: options)
        self.root = root
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
            switch container {
            case .item(let kind, _, _, _) where !prefix.usedFirst && kind == .task:
                prefixes.append(prefix)
                line("")
                prefixes.removeLast()
            case .expand:
                line("")
                line("</details>")
            default:
                break
            }
        }
    }

    private mutating func leaf(_ block: Block) {
        switch block {
        case .heading(let heading):
            let text = inline.render(heading.content).replacingAll("\\\n", with: " ")
            line(String(repeating: "#", count: min(max(heading.level, 1), 6)) + " " + text)
        case .paragraph(let inlines):
            lines(escapeLineStart(inline.render(inlines)))
        case .code(let code):
            if let title = code.title { line("**" + inline.escape(title) + "**") }
            var text = Substring(code.text)
            if text.hasSuffix("\n") { text = text.dropLast() }
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            line(fence + (code.language ?? ""))
            if !text.isEmpty { lines(String(text)) }
            line(fence)
        case .table(let table):
            pipeTable(table)
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty { line("\\[toc\\]") }
            for entry in entries {
                let text = PlainTextRenderer.text(of: entry.heading.content, options: options)
                line(String(repeating: "  ", count: entry.depth) + "- [" + inline.escape(text) + "](#"
                     + MarkdownRenderer.slug(text) + ")")
            }
        case .rule:
            line("---")
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
            line(row(0))
            first = 1
        } else {
            line("|" + String(repeating: "  |", count: grid.columnCount))
        }
        line(separator)
        for index in first..<grid.rowCount { line(row(index)) }
    }

    /// A table whose spans or content a pipe table cannot hold, as HTML with its spans.
    private mutating func htmlTable(_ grid: TableGrid) {
        line("<table>")
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
            line(row + "</tr>")
        }
        line("</table>")
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
                let text = PlainTextRenderer.render([block], options: options)
                for part in text.split(separator: "\n") {
                    parts.append(marker + html(String(part)))
                    marker = ""
                }
            default:
                break
            }
        }
        return parts.joined(separator: "<br>")
    }

    private static func html(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "&#124;"
            default: result.append(character)
            }
        }
        return result
    }

    private mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            beginBlock()
            push("", "", tight: true)
        case .item(let kind, let number, let item, _):
            levels[levels.count - 1].hasContent = true
            guard item.showsMarker else { return push("", "", tight: true) }
            switch kind {
            case .unordered: push("- ", "  ", tight: true)
            case .ordered:
                let marker = "\(number). "
                push(marker, String(repeating: " ", count: marker.count), tight: true)
            case .task: push(item.isChecked == true ? "- [x] " : "- [ ] ", "  ", tight: true)
            }
        case .quote:
            beginBlock()
            push("> ", "> ", tight: false)
        case .panel(let panel):
            beginBlock()
            let title = panel.title.map { " " + inline.escape($0) } ?? ""
            line("> **" + panel.kind.label + ":**" + title)
            push("> ", "> ", tight: false)
            levels[levels.count - 1].hasContent = true
        case .expand(let expand):
            beginBlock()
            line("<details><summary>" + MarkdownRenderer.html(expand.title) + "</summary>")
            push("", "", tight: false)
            levels[levels.count - 1].hasContent = true
        case .macro(let macro):
            beginBlock()
            var marker = "\\[" + inline.escape(macro.name)
            if !macro.references.isEmpty {
                marker += ": " + macro.references.map { inline.render([$0]) }.joined(separator: ", ")
            }
            line(marker + "\\]")
            push("", "", tight: false)
            levels[levels.count - 1].hasContent = true
        case .layoutCell:
            beginBlock()
            push("", "", tight: false)
        }
    }

    /// A GitHub heading anchor: lowercase, punctuation dropped, spaces as hyphens.
    static func slug(_ text: String) -> String {
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
        guard let first = text.first else { return text }
        if "#-+=".contains(first) { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
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

    private mutating func lines(_ text: String) {
        for part in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) { line(Substring(part)) }
    }

    private mutating func line(_ text: some StringProtocol) {
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
        if text.isEmpty {
            while lineText.last == " " { lineText.removeLast() }
        }
        output += lineText
        output += text
    }
}
