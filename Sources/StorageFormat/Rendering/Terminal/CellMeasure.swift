/// Estimates a table cell's minimum width (its longest word) and preferred width (its longest line
/// unwrapped) straight from the model, so nested tables are never rendered twice. The walk recurses into
/// containers: the model caps their nesting at `ModelBuilder.maxContainerDepth`, and a cell's few levels
/// cost less as calls than as a traversal's frames. One measure serves every cell of a table.
struct CellMeasure {
    /// A cell's widths as its blocks are read.
    struct Widths {
        var minimum = 1
        var preferred = 1
    }

    private let options: RenderOptions
    /// The render's listings, read for what a table of contents in a cell will list.
    private let root: GeneratedListings
    /// How many levels of tables in the cells are drawn: deeper ones are written as records, and measured as those.
    private let drawnLevels: Int

    init(options: RenderOptions, root: GeneratedListings, drawnLevels: Int) {
        self.options = options
        self.root = root
        self.drawnLevels = drawnLevels
    }

    /// The minimum and preferred widths of a cell's `blocks`. The walk's methods do not mutate the
    /// measure, so the options they read are passed on without being retained.
    func measure(_ blocks: [Block]) -> Widths {
        var widths = Widths()
        walk(blocks, indent: 0, into: &widths)
        return widths
    }

    /// Measures `blocks` and everything they hold, `indent` cells in: each container indents its
    /// blocks by what its prefix takes.
    private func walk(_ blocks: [Block], indent: Int, into widths: inout Widths) {
        for block in blocks {
            switch block {
            case .list(let list):
                for (index, item) in list.items.enumerated() {
                    let number = if case .ordered(let start) = list.kind { start + index } else { index + 1 }
                    let cells = list.kind.markerWidth(number: number) + 1
                    Self.prefer(room: cells + TerminalRenderer.minimumContentWidth, indent: indent, in: &widths)
                    walk(item.blocks, indent: indent + cells, into: &widths)
                }
            case .quote(let blocks):
                Self.prefer(room: 2 + TerminalRenderer.minimumIndentedWidth, indent: indent, in: &widths)
                walk(blocks, indent: indent + 2, into: &widths)
            case .expand(let expand):
                Self.prefer(room: 2 + TerminalRenderer.minimumIndentedWidth, indent: indent, in: &widths)
                walk(expand.blocks, indent: indent + 2, into: &widths)
            case .panel(let panel):
                Self.prefer(room: 4 + TerminalRenderer.minimumIndentedWidth, indent: indent, in: &widths)
                walk(panel.blocks, indent: indent + 4, into: &widths)
            case .macro(let macro):
                walk(macro.blocks, indent: indent, into: &widths)
            case .layout(let sections):
                for section in sections {
                    for cell in section.cells { walk(cell, indent: indent, into: &widths) }
                }
            default:
                measure(block, indent: indent, into: &widths)
            }
        }
    }

    /// A container drawn `indent` cells in, whose prefix and the content the renderer leaves it take `room` cells: the
    /// cell prefers that width, or the renderer lays the container out flat (a list marker on a line of its own, a
    /// quote without its bar, a panel without its frame). Preferred only: a table too narrow for it still draws.
    private static func prefer(room: Int, indent: Int, in widths: inout Widths) {
        widths.preferred = max(widths.preferred, indent + room)
    }

    private func measure(_ block: Block, indent: Int, into widths: inout Widths) {
        switch block {
        case .heading(let heading):
            measure(inlines: heading.content, indent: indent, into: &widths)
        case .paragraph(let inlines):
            measure(inlines: inlines, indent: indent, into: &widths)
        case .code(let code):
            // A code line is clipped, not wrapped: it is one word, which the table widens its column toward.
            LineTools.forEachCodeLine(code.text) { _, width in
                widths.preferred = max(widths.preferred, indent + width)
                widths.minimum = max(widths.minimum, indent + width)
            }
        case .table(let table):
            measure(table, indent: indent, into: &widths)
        case .tableOfContents(let toc):
            // Its entries as the renderer indents them (two cells a level, then a bullet and a space), or its marker.
            let entries = root.entriesToMeasure(for: toc)
            if entries.isEmpty { measure(inlines: [.text("[toc]", [])], indent: indent, into: &widths) }
            for entry in entries {
                measure(inlines: entry.heading.singleLineContent, indent: indent + 2 * entry.depth + 2, into: &widths)
            }
        case .rule, .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    /// A nested table. Written as records (always, past the levels drawn), it needs its cells' longest words and
    /// lines, indented under their labels, and its labels'; drawn, it prefers its columns' preferred widths and its
    /// borders, and still needs what its records would should it not fit.
    private func measure(_ table: Table, indent: Int, into widths: inout Widths) {
        let cells = CellMeasure(options: options, root: root, drawnLevels: drawnLevels - 1)
        guard drawnLevels > 0 || table.rows.contains(where: \.isHeader) else {
            // Records labelled `Column N`: read row by row, with no grid to place the cells on.
            var columns = 0
            for row in table.rows {
                var spans = 0
                for cell in row.cells {
                    spans += cell.columnSpan
                    Self.add(recordCell: cells.measure(cell.blocks), indent: indent, to: &widths)
                }
                columns = max(columns, spans)
            }
            Self.measureColumnLabels(upTo: min(columns, TableGrid.maxColumns), indent: indent, into: &widths)
            return
        }
        let grid = TableGrid(table)
        let isDrawn = drawnLevels > 0
        var columns = isDrawn ? Array(repeating: 1, count: grid.columnCount) : []
        for placement in grid.placements {
            let cell = cells.measure(placement.cell.blocks)
            if !isDrawn {
                Self.add(recordCell: cell, indent: indent, to: &widths)
                continue
            }
            widths.minimum = max(widths.minimum, indent + 2 + cell.minimum)
            if placement.columnSpan == 1 { columns[placement.column] = max(columns[placement.column], cell.preferred) }
        }
        if grid.firstHeaderRow == nil {
            Self.measureColumnLabels(upTo: grid.columnCount, indent: indent, into: &widths)
        } else {
            for label in TerminalRenderer.recordLabels(of: grid, options: options) {
                measure(inlines: [.text(label + ":", [])], indent: indent, into: &widths)
            }
        }
        if isDrawn { widths.preferred = max(widths.preferred, indent + columns.reduce(0, +) + 3 * columns.count + 1) }
    }

    /// A cell of a table written as records: indented under its label, as long as that keeps the narrowest indented
    /// content.
    private static func add(recordCell cell: Widths, indent: Int, to widths: inout Widths) {
        widths.minimum = max(widths.minimum, indent + 2 + cell.minimum)
        widths.preferred = max(widths.preferred, indent + 2 + max(cell.preferred, TerminalRenderer.minimumIndentedWidth))
    }

    /// The labels `Column 1:` to `Column N:`, measured by the widest, the last, without building them.
    private static func measureColumnLabels(upTo columns: Int, indent: Int, into widths: inout Widths) {
        var digits = 1
        var rest = columns
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        widths.minimum = max(widths.minimum, indent + max(6, digits + 1))
        widths.preferred = max(widths.preferred, indent + 8 + digits)
    }

    private func measure(inlines: [Inline], indent: Int, into widths: inout Widths) {
        var line = 0
        // The width of the word being read, -1 between words; it only grows until a space or line break
        // ends it, so the minimum is taken then.
        var word = -1
        // The break class of the cluster before, which with the next decides a break between them as
        // the wrapper does.
        var previous = LineBreakClass.lineStart
        // Measures the scalars the runs below leave, continuing their clusters (an emoji and its selector).
        var counter = DisplayWidthCounter()
        InlineSpan.visit(inlines, base: RunStyle(), options: options) { span in
            span.text.withUTF8Buffer { bytes in
                if bytes.count == 1 && bytes[0] == 0x0A {
                    widths.preferred = max(widths.preferred, indent + line)
                    if word >= 0 { widths.minimum = max(widths.minimum, indent + word) }
                    line = 0
                    word = -1
                    previous = .lineStart
                    counter = DisplayWidthCounter()
                    return
                }
                // Counted in locals and stored once, so the loop keeps them in registers.
                var (spanLine, spanWord, longest) = (line, word, widths.minimum - indent)
                var (spanPrevious, spanCounter) = (previous, counter)
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 {
                        if spanWord >= 0 { longest = max(longest, spanWord) }
                        spanLine += 1
                        spanWord = -1
                        spanPrevious = .lineStart
                        spanCounter = DisplayWidthCounter()
                        index += 1
                        continue
                    }
                    let width: Int
                    if byte > 0x20 && byte < 0x7F {
                        // A run of printable ASCII, a cell each.
                        let end = LineTools.printableRunEnd(bytes, from: index + 1)
                        // Only a CJK neighbour puts a break before ASCII; the run's class is read when one follows.
                        if spanPrevious.allowsBreakBeside {
                            let next = LineBreakClass(ascii: byte)
                            Self.pass(next, at: index, in: bytes, &spanPrevious, &spanWord, &longest)
                        }
                        spanPrevious = .unreadASCII
                        spanCounter = DisplayWidthCounter(afterClusterOfWidth: 1)
                        spanLine += end - index
                        spanWord = max(spanWord, 0) + end - index
                        index = end
                        continue
                    } else if byte < 0x80 {
                        width = 0
                        index += 1
                    } else if LineTools.isWideSyllable(bytes, at: index) {
                        // A run of Hangul syllables or of CJK ideographs, two cells each; a line may break
                        // between ideographs, so each is a word of its own.
                        let isIdeographic = byte < 0xEA
                        let end = LineTools.wideRunEnd(bytes, from: index + 3, ideographic: isIdeographic)
                        width = 2 * ((end - index) / 3)
                        let next = isIdeographic ? LineBreakClass.ideograph : .other
                        Self.pass(next, at: index, in: bytes, &spanPrevious, &spanWord, &longest)
                        spanCounter = DisplayWidthCounter(afterClusterOfWidth: 2)
                        if isIdeographic && end - index > 3 {
                            longest = max(longest, max(spanWord, 0) + 2)
                            spanLine += width
                            spanWord = 2
                            index = end
                            continue
                        }
                        index = end
                    } else if LineTools.isSoftHyphen(bytes, at: index) {
                        // A break that adds a hyphen when taken.
                        if spanWord >= 0 { longest = max(longest, spanWord + 1) }
                        spanWord = -1
                        spanPrevious = .lineStart
                        spanCounter = DisplayWidthCounter()
                        index += 2
                        continue
                    } else {
                        let length = min(LineWrapper.sequenceLength(byte), bytes.count - index)
                        let scalar = LineWrapper.scalar(bytes, at: index, length: length)
                        width = spanCounter.add(scalar)
                        if scalar.value == 0x3000 {
                            // An ideographic space, a break as a space is; one that starts the paragraph is its indent,
                            // which the wrapper keeps with the word after it.
                            if spanLine > 0 {
                                if spanWord >= 0 { longest = max(longest, spanWord) }
                                spanWord = -1
                            } else {
                                spanWord = max(spanWord, 0) + width
                            }
                            spanLine += width
                            spanPrevious = .lineStart
                            index += length
                            continue
                        }
                        let next = LineBreakClass(scalar)
                        if spanPrevious.completesFlag(with: next) {
                            spanPrevious = .ideograph
                        } else if next.continuesCluster || LineTools.followsJoiner(bytes, at: index) {
                            spanPrevious = spanPrevious.resolved(before: index, in: bytes)
                        } else {
                            Self.pass(next, at: index, in: bytes, &spanPrevious, &spanWord, &longest)
                        }
                        index += length
                    }
                    spanLine += width
                    spanWord = max(spanWord, 0) + width
                }
                (previous, counter) = (spanPrevious.resolved(before: bytes.count, in: bytes), spanCounter)
                (line, word, widths.minimum) = (spanLine, spanWord, indent + longest)
            }
        }
        widths.preferred = max(widths.preferred, indent + line)
        if word >= 0 { widths.minimum = max(widths.minimum, indent + word) }
    }

    /// Passes into a cluster of class `next` at `index` of `bytes`: where a line may break before it, as
    /// the wrapper decides, the word so far ends and its width counts toward the longest.
    @inline(__always)
    private static func pass(
        _ next: LineBreakClass, at index: Int, in bytes: UnsafeBufferPointer<UInt8>,
        _ previous: inout LineBreakClass, _ word: inout Int, _ longest: inout Int
    ) {
        if previous.resolved(before: index, in: bytes).allowsBreak(before: next) {
            longest = max(longest, word)
            word = -1
        }
        previous = next
    }
}
