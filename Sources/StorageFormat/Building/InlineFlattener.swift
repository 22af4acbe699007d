/// Flattens nested blocks into a single inline run, for places that only hold inline content
/// (link bodies, captions, code read from a rich body). Iterative: no recursion on nesting depth.
enum InlineFlattener {
    /// The inline content of `blocks` in reading order, blocks separated by a space.
    static func inlines(of blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        visit(blocks) { inlines in
            if !result.isEmpty { result.append(.text(" ", [])) }
            result += inlines
        }
        return result
    }

    /// The text of `blocks`, one line per paragraph, code kept as is.
    static func plainText(of blocks: [Block]) -> String {
        var lines: [String] = []
        visit(blocks) { lines.append(plainText(of: $0)) }
        return lines.joined(separator: "\n")
    }

    /// The text of an inline run; line breaks become newlines, and a link without a body of its own shows its target's
    /// name as `options` resolves it.
    static func plainText(of inlines: [Inline], options: RenderOptions = RenderOptions()) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let string, _): text += string
            case .lineBreak: text += "\n"
            case .link(let link) where link.body.isEmpty: text += options.name(of: link.target)
            case .link(let link):
                for part in link.body { if case .text(let string, _) = part { text += string } }
            case .image(let image): text += image.sourceName ?? ""
            case .emoticon(let emoticon): text += emoticon.text
            case .status(let status): text += status.title
            case .date(let date, _): text += date
            case .jiraIssue(let key, _): text += key
            case .anchor: break
            }
        }
        return text
    }

    /// Calls `body` with each inline run found in `blocks`, depth first; an expand's or a panel's title comes before its body.
    private static func visit(_ blocks: [Block], _ body: ([Inline]) -> Void) {
        Block.forEachInReadingOrder(blocks, enteringTables: true) { block in
            switch block {
            case .heading(let heading): body(heading.content)
            case .paragraph(let inlines): body(inlines)
            case .code(let code): body([.text(code.text, [.code])])
            case .expand(let expand): body([.text(expand.title, [])])
            case .panel(let panel):
                if let title = panel.title, !title.isEmpty { body([.text(title, [])]) }
            case .list, .table, .quote, .layout, .macro, .tableOfContents, .rule: break
            }
        }
    }
}
