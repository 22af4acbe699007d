/// Estimates a table cell's minimum width (its longest word) and preferred width (its longest line
/// unwrapped) straight from the model, in one iterative pass, so nested tables are never rendered twice.
struct CellMeasure: BlockVisitor {
    var minimum = 1
    var preferred = 1
    private let options: RenderOptions
    /// The indent of the containers open in the walk, and what each added.
    private var indent = 0
    private var indents: [Int] = []

    init(_ blocks: [Block], options: RenderOptions) {
        self.options = options
        // A lone paragraph, the common cell, needs no walk.
        if blocks.count == 1, case .paragraph(let inlines) = blocks[0] {
            measure(inlines: inlines, indent: 0, options: options)
            return
        }
        visit(blocks)
    }

    mutating func enter(_ container: BlockContainer) {
        let added: Int
        switch container {
        case .item(let kind, let number, _, _):
            switch kind {
            case .unordered: added = 2
            case .ordered: added = String(number).count + 2
            case .task: added = 4
            }
        case .quote, .expand: added = 2
        case .panel: added = 4
        case .list, .macro, .layoutCell: added = 0
        }
        indents.append(added)
        indent += added
    }

    mutating func exit(_ container: BlockContainer) {
        indent -= indents.popLast() ?? 0
    }

    mutating func leaf(_ block: Block) {
        measure(block, indent: indent, options: options)
    }

    private mutating func measure(_ block: Block, indent: Int, options: RenderOptions) {
        switch block {
        case .heading(let heading):
            measure(inlines: heading.content, indent: indent, options: options)
        case .paragraph(let inlines):
            measure(inlines: inlines, indent: indent, options: options)
        case .code(let code):
            LineTools.forEachCodeLine(code.text) { _, width in preferred = max(preferred, indent + width) }
        case .table, .tableOfContents:
            measure(inlines: InlineFlattener.inlines(of: [block]), indent: indent, options: options)
        case .rule, .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    private mutating func measure(inlines: [Inline], indent: Int, options: RenderOptions) {
        var line = 0
        // The width of the word being read, -1 between words; it only grows until a space or line break
        // ends it, so the minimum is taken then.
        var word = -1
        InlineSpan.visit(inlines, base: RunStyle(), options: options) { span in
            span.text.withUTF8Buffer { bytes in
                if bytes.count == 1 && bytes[0] == 0x0A {
                    preferred = max(preferred, indent + line)
                    if word >= 0 { minimum = max(minimum, indent + word) }
                    line = 0
                    word = -1
                    return
                }
                // Counted in locals and stored once, so the loop keeps them in registers.
                var (spanLine, spanWord, longest) = (line, word, minimum - indent)
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 {
                        if spanWord >= 0 { longest = max(longest, spanWord) }
                        spanLine += 1
                        spanWord = -1
                        index += 1
                        continue
                    }
                    let width: Int
                    if byte > 0x20 && byte < 0x7F {
                        // A run of printable ASCII, a cell each.
                        let end = LineTools.printableRunEnd(bytes, from: index + 1)
                        spanLine += end - index
                        spanWord = max(spanWord, 0) + end - index
                        index = end
                        continue
                    } else if byte < 0x80 {
                        width = 0
                        index += 1
                    } else if LineTools.isWideSyllable(bytes, at: index) {
                        width = 2
                        index += 3
                    } else {
                        let length = min(LineWrapper.sequenceLength(byte), bytes.count - index)
                        width = displayWidth(of: LineWrapper.scalar(bytes, at: index, length: length))
                        index += length
                    }
                    spanLine += width
                    spanWord = max(spanWord, 0) + width
                }
                (line, word, minimum) = (spanLine, spanWord, indent + longest)
            }
        }
        preferred = max(preferred, indent + line)
        if word >= 0 { minimum = max(minimum, indent + word) }
    }
}
