/// Renders blocks to styled terminal lines for a width. Iterative over block nesting (explicit
/// traversal stack); drawn tables render their cells with a nested renderer, at most
/// `maximumTableDepth` deep.
/// Wrapped text goes straight to the output behind the open containers' prefixes; code lines being
/// clipped and tables are laid out in scratch lines, then copied there.
struct TerminalRenderer: BlockVisitor {
    /// Spacing state of one container level.
    private struct Level {
        var tight: Bool
        var hasContent = false
        /// Whether the level is a panel drawn with side edges; one nested too deep for them has rules only.
        var isFramed = false
    }

    /// The narrowest content the renderer lays text out in, however deep the nesting: a list item that
    /// would leave less shows its marker on a line of its own instead of indenting.
    static var minimumContentWidth: Int { 4 }
    /// The narrowest content a quote, expand or panel leaves: one nested deeper is not indented, and a
    /// panel is drawn as rules above and below instead of a frame.
    static var minimumIndentedWidth: Int { 8 }

    /// How deep tables are drawn with borders: each drawn level copies every line inside it into its
    /// cells, so a table nested deeper is written as records in its cell's lines instead.
    static var maximumTableDepth: Int { 3 }

    private let options: RenderOptions
    /// How many drawn tables this renderer's blocks are inside: 0 for a document, one more for the cells
    /// of each table.
    private let tableDepth: Int
    /// The blocks a table of contents is generated from, and their headings once needed.
    private let root: GeneratedListings
    private let glyphs: BorderGlyphs
    /// Whether code is clipped at the width (inside tables) instead of left to scroll.
    private let clipsCode: Bool
    /// Everything rendered so far, with the open containers.
    private var output = PrefixedTerminalLines()
    /// Everything rendered so far.
    var lines: TerminalLines { output.lines }
    /// Draws this level's tables, made at the first one.
    private var tables: TableRenderer?
    private var wrapper = LineWrapper()
    /// Code lines and labels on their way to being clipped.
    private var scratch = TerminalLines()
    /// Generated lines (table-of-contents entries, macro markers) on their way to the wrapper; kept to
    /// reuse its storage.
    private var spans: [InlineSpan] = []
    /// The innermost container level's spacing, and those of the levels outside it (kept apart, so
    /// every block reads and marks its level without an array access).
    private var level = Level(tight: false)
    private var outerLevels: [Level] = []
    /// The style paragraph text starts from: bold header text while a header cell's record is written.
    private var paragraphBase = RunStyle()

    init(width: Int, options: RenderOptions, root: GeneratedListings, clipsCode: Bool, tableDepth: Int = 0) {
        output.width = max(1, width)
        self.options = options
        self.tableDepth = tableDepth
        self.root = root
        self.glyphs = BorderGlyphs(ascii: options.asciiBorders)
        self.clipsCode = clipsCode
        output.lines.reserveCapacity(bytes: 16384, lines: 256)
    }

    /// Renders a document's `blocks` at `width`, code lines wider cut when `clipsCode`, else left to scroll.
    static func render(_ blocks: [Block], width: Int, options: RenderOptions, root: GeneratedListings,
                       clipsCode: Bool) -> TerminalLines {
        var renderer = TerminalRenderer(width: width, options: options, root: root, clipsCode: clipsCode)
        renderer.render(blocks, width: width)
        return renderer.output.lines
    }

    /// Renders `blocks` at `width` after the lines already rendered. A render closes every container
    /// it opens, so the next (a table's next cell) finds none open and clears nothing.
    mutating func render(_ blocks: [Block], width: Int) {
        output.width = max(1, width)
        if !output.isEmpty { output.removeAll() }
        if !outerLevels.isEmpty { outerLevels.removeAll(keepingCapacity: true) }
        level = Level(tight: false)
        visit(blocks)
    }

    /// Forgets the lines rendered so far, keeping their storage.
    mutating func removeAllLines() { output.lines.removeAll() }

    /// Restyles the runs of the lines from `line` on.
    mutating func restyleLines(from line: Int, _ restyle: (RunStyle) -> RunStyle) {
        output.lines.restyleRuns(fromLine: line, restyle)
    }

    // MARK: Leaves

    mutating func leaf(_ block: Block) {
        // A paragraph or heading of anchors shows nothing, and takes no lines (a heading's underline would underline nothing).
        let text: [Inline]? = switch block {
        case .paragraph(let inlines): inlines
        case .heading(let heading): heading.content
        default: nil
        }
        if let text, text.allSatisfy({ if case .anchor = $0 { true } else { false } }) { return }
        beginBlock()
        switch block {
        case .heading(let heading):
            let base = RunStyle(role: .heading(level: heading.level), attributes: .bold)
            let widest = wrapper.wrap(heading.content, base: base, options: options, width: output.contentWidth, into: &output)
            if heading.level <= 2 {
                let underline = min(output.contentWidth, widest)
                let glyph = heading.level == 1 ? (options.asciiBorders ? "=" : "═") : glyphs.horizontal
                openLine()
                output.lines.appendRepeated(glyph, count: underline, style: RunStyle(role: .heading(level: heading.level)))
                closeLine()
            }
        case .paragraph(let inlines):
            wrapper.wrap(inlines, base: paragraphBase, options: options, width: output.contentWidth, into: &output)
        case .code(let code):
            renderCode(code)
        case .table(let table):
            if tableDepth >= Self.maximumTableDepth || !drawTable(table) { writeRecords(table) }
        case .tableOfContents(let toc):
            let entries = root.entries(for: toc)
            if entries.isEmpty {
                emit("[toc]", RunStyle(role: .annotation, attributes: .dim))
            }
            for entry in entries {
                // A bulleted list, as a nested one is drawn: two cells in a level, and an entry's wrapped lines under its
                // text rather than at its siblings' indent. A level the width leaves no room for keeps the deepest indent
                // that fits beside a bullet and some text, rather than going back to the margin.
                let indent = min(2 * entry.depth, output.contentWidth - 2 - Self.minimumContentWidth)
                if indent > 0 { output.pushHiddenItem(width: indent - 1) }
                output.pushItem(marker: glyphs.bullet(depth: entry.depth), width: 1, style: RunStyle(role: .listMarker))
                wrapper.wrap(entry.heading.singleLineContent, base: RunStyle(role: .link), options: options,
                             width: output.contentWidth, into: &output)
                output.pop()
                if indent > 0 { output.pop() }
            }
        case .rule:
            openLine()
            output.lines.appendRepeated(glyphs.horizontal, count: output.contentWidth, style: RunStyle(role: .tableBorder))
            closeLine()
        case .list, .quote, .panel, .expand, .layout, .macro:
            break  // containers arrive as enter/exit events
        }
    }

    private mutating func renderCode(_ code: CodeBlock) {
        let heading = Self.codeHeading(code)
        if !heading.isEmpty {
            wrapper.wrap(heading, width: output.contentWidth, into: &output)
            // An empty block is its heading alone, not the heading and a blank line that reads as a gap.
            if code.text.isEmpty { return }
        }
        let clip = clipsCode || output.framesOpen > 0
        let style = RunStyle(role: .codeBlock)
        let width = output.contentWidth
        LineTools.forEachCodeLine(code.text) { text, textWidth in
            openLine()
            if clip {
                scratch.removeAll()
                scratch.append(text, style: style, width: textWidth)
                scratch.endLine()
                let cut = output.lines.append(line: 0, of: scratch, clippedTo: width, marker: glyphs.ellipsis)
                closeLine(cut ? .clipped : .wrapped)
            } else {
                output.lines.append(text, style: style, width: textWidth)
                closeLine(.scrollable)
            }
        }
    }

    /// The line above a code block: its title in bold and its language in brackets, dimmed; nothing
    /// when it has neither.
    private static func codeHeading(_ code: CodeBlock) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        if let title = code.title { spans.append(InlineSpan(text: title, style: RunStyle(role: .annotation, attributes: .bold))) }
        if let language = code.language, !language.isEmpty {
            let text = (spans.isEmpty ? "[" : " [") + language + "]"
            spans.append(InlineSpan(text: text, style: RunStyle(role: .annotation, attributes: .dim)))
        }
        return spans
    }

    // MARK: Containers

    mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            beginBlock()
            openLevel(tight: true)
        case .item(let kind, let number, let item, let listDepth):
            level.hasContent = true
            guard item.showsMarker else {
                // A hidden marker still indents the item, whose nested list reads as one level deeper.
                output.pushHiddenItem(width: kind.markerWidth(number: number))
                enterLevel(tight: true)
                return
            }
            switch kind {
            case .unordered:
                output.pushItem(marker: glyphs.bullet(depth: listDepth), width: 1, style: RunStyle(role: .listMarker))
            case .ordered:
                output.pushItem(number: number, style: RunStyle(role: .listMarker))
            case .task:
                let done = item.isChecked == true
                output.pushItem(marker: done ? "[x]" : "[ ]", width: 3, style: RunStyle(role: done ? .taskDone : .taskOpen))
            }
            enterLevel(tight: true)
        case .quote:
            beginBlock()
            pushIndent(glyphs.quote, style: RunStyle(role: .quote))
        case .panel(let panel):
            beginBlock()
            let framed = output.fits(4, leaving: Self.minimumIndentedWidth)
            // A title the top edge cannot hold whole is written inside, wrapped, under the kind alone.
            let titleInside = panel.title != nil && 4 + (framed ? 1 : 0) + displayWidth(of: panel.caption) > output.contentWidth
            drawPanelTop(titleInside ? Panel(kind: panel.kind, blocks: []) : panel, framed: framed)
            if framed {
                output.push(glyphs.panelLeft, style: RunStyle(role: .panel(panel.kind)), right: glyphs.panelRight)
            } else {
                output.push()
            }
            enterLevel(tight: false)
            level.isFramed = framed
            if titleInside, let title = panel.title {
                wrapper.wrap([InlineSpan(text: title, style: RunStyle(role: .panel(panel.kind), attributes: .bold))],
                             width: output.contentWidth, into: &output)
                // The title is the panel's first block: its body is set apart from it as from any other.
                level.hasContent = true
            }
        case .expand(let expand):
            beginBlock()
            // The title's wrapped lines hang under its first word, as the body does.
            let style = RunStyle(role: .annotation, attributes: .bold)
            output.pushItem(marker: glyphs.ascii ? "v" : "▾", width: 1, style: style)
            wrapper.wrap([InlineSpan(text: expand.title, style: style)], width: output.contentWidth, into: &output)
            output.pop()
            pushIndent("  ", style: RunStyle())
        case .macro(let macro):
            beginBlock()
            spans.removeAll(keepingCapacity: true)
            spans.append(InlineSpan(text: "[" + macro.name, style: RunStyle(role: .annotation, attributes: .dim)))
            if !macro.references.isEmpty {
                spans.append(InlineSpan(text: ": ", style: RunStyle(role: .annotation, attributes: .dim)))
                var first = true
                for reference in macro.references {
                    if !first { spans.append(InlineSpan(text: ", ", style: RunStyle(role: .annotation))) }
                    first = false
                    InlineSpan.visit([reference], base: RunStyle(), options: options) { spans.append($0) }
                }
            } else if case let entries = root.childEntries(namedBy: macro, options: options), !entries.isEmpty {
                spans.append(InlineSpan(text: ": " + ChildrenListing.joined(entries), style: RunStyle(role: .annotation)))
            }
            spans.append(InlineSpan(text: "]", style: RunStyle(role: .annotation, attributes: .dim)))
            wrapper.wrap(spans, width: output.contentWidth, into: &output)
            openLevel(tight: false)
        case .layoutCell:
            beginBlock()
            openLevel(tight: false)
        }
    }

    mutating func exit(_ container: BlockContainer) {
        let framed = level.isFramed
        closeLevel()
        if case .panel(let panel) = container {
            drawPanelBottom(panel.kind, framed: framed)
        }
    }

    /// A panel's top edge across the content width, its label clipped to fit: between corners when it is
    /// framed, a rule when it is nested too deep for side edges (without the label when too narrow for one).
    private mutating func drawPanelTop(_ panel: Panel, framed: Bool) {
        var style = RunStyle(role: .panel(panel.kind))
        let corner = framed ? 1 : 0
        let inner = output.contentWidth
        openLine()
        defer { closeLine() }
        guard framed || inner > 1 else {
            return output.lines.appendRepeated(glyphs.horizontal, count: inner, style: style)
        }
        // A rule too narrow for its lead and the caption is the caption alone, so the panel's kind still shows.
        let leads = framed || 3 + displayWidth(of: panel.caption) <= inner
        scratch.removeAll()
        if leads { scratch.append(framed ? glyphs.panelTopStart : glyphs.openPanelTopStart, style: style, width: 3) }
        style.attributes = .bold
        scratch.append(panel.caption, style: style)
        style.attributes = []
        scratch.endLine()
        let start = output.lines.openWidth
        output.lines.append(line: 0, of: scratch, clippedTo: framed ? max(0, inner - 2) : inner,
                            marker: glyphs.ellipsis)
        let written = output.lines.openWidth - start
        // A space parts the caption from the rule after it, or from the corner.
        if written < inner - corner - 1 || framed && written < inner - corner {
            output.lines.append(" ", style: style, width: 1)
            output.lines.appendRepeated(glyphs.horizontal, count: inner - corner - written - 1, style: style)
        }
        if framed { output.lines.append(glyphs.panelTopRight, style: style, width: 1) }
    }

    /// A panel's bottom edge across the content width: between corners when it is framed, else a rule.
    private mutating func drawPanelBottom(_ kind: Panel.Kind, framed: Bool) {
        let style = RunStyle(role: .panel(kind))
        openLine()
        if framed {
            output.lines.append(glyphs.panelBottomLeft, style: style, width: 1)
            output.lines.appendRepeated(glyphs.horizontal, count: max(0, output.contentWidth - 2), style: style)
            output.lines.append(glyphs.panelBottomRight, style: style, width: 1)
        } else {
            output.lines.appendRepeated(glyphs.horizontal, count: output.contentWidth, style: style)
        }
        closeLine()
    }

    /// Opens a container level indented by `prefix` in `style`, or not indented when that would leave its
    /// content too narrow.
    private mutating func pushIndent(_ prefix: StaticString, style: RunStyle) {
        if output.fits(prefix.withUTF8Buffer { LineTools.width(of: $0) }, leaving: Self.minimumIndentedWidth) {
            output.push(prefix, style: style)
        } else {
            output.push()
        }
        enterLevel(tight: false)
    }

    /// Opens a container level without a prefix.
    private mutating func openLevel(tight: Bool) {
        output.push()
        enterLevel(tight: tight)
    }

    /// Closes the innermost container level and its prefix.
    private mutating func closeLevel() {
        output.pop()
        level = outerLevels.removeLast()
    }

    /// Starts a container level inside the current one.
    private mutating func enterLevel(tight: Bool) {
        outerLevels.append(level)
        level = Level(tight: tight)
    }

    /// Separates a new block from the previous one at the same level.
    private mutating func beginBlock() {
        if level.hasContent && !level.tight { emitBlank() }
        level.hasContent = true
    }

    // MARK: Tables

    /// Draws `table` with borders behind the open containers; false, with nothing drawn, when its columns
    /// cannot fit the width.
    private mutating func drawTable(_ table: Table) -> Bool {
        let tables = self.tables ?? TableRenderer(options: options, root: root, glyphs: glyphs, depth: tableDepth + 1)
        self.tables = tables
        if output.isEmpty {
            // Outside containers a table's lines need no prefixes: it is drawn in place.
            return tables.render(table, width: output.contentWidth, after: &output.lines)
        }
        guard tables.render(table, width: output.contentWidth) else { return false }
        emit(linesOf: tables.lines)
        return true
    }

    /// Writes `table` as one record per row, rows parted by a rule: each cell covering the row under its columns'
    /// labels (their headers, else `Column N`), then its blocks indented below, rendered here like any other blocks.
    private mutating func writeRecords(_ table: Table) {
        let grid = TableGrid(table)
        let labels = Self.recordLabels(of: grid, options: options)
        let onlyHeaders = grid.holdsOnlyHeaders
        let labelRows = grid.labelRows
        var wroteRow = false
        // A table of header rows alone writes its first, its own label, once and unlabelled, as a header row further
        // down (a section's title) is.
        for row in grid.recordRows {
            let isUnlabelled = grid.headerRows[row] && (!onlyHeaders || labelRows.contains(row))
            if wroteRow {
                openLine()
                output.lines.appendRepeated(glyphs.horizontal, count: output.contentWidth, style: RunStyle(role: .tableBorder))
                closeLine()
            }
            for field in grid.recordFields(inRow: row) {
                let cell = grid.placements[field.id].cell
                if isUnlabelled {
                    output.push()
                    enterLevel(tight: true)
                } else {
                    emit(TableGrid.label(of: field, in: labels) + ":", Self.headerStyle)
                    pushIndent("  ", style: RunStyle())
                }
                let base = paragraphBase
                if cell.isHeader { paragraphBase = Self.headerStyle }
                visit(cell.blocks)
                paragraphBase = base
                closeLevel()
                wroteRow = true
            }
        }
    }

    /// The label of each column of a table written as records: its header's text on one line (a line break is a space),
    /// else `Column N`.
    static func recordLabels(of grid: TableGrid, options: RenderOptions) -> [String] {
        grid.columnLabels { cell in
            InlineFlattener.plainText(of: InlineFlattener.inlines(of: cell.blocks), options: options).onOneLine
        }
    }

    /// How a record's labels and its header cells' text are drawn, as a drawn table's header cells are.
    private static let headerStyle = RunStyle(role: .tableHeader, attributes: .bold)

    // MARK: Output

    /// Emits every line of `source` behind the open containers.
    private mutating func emit(linesOf source: TerminalLines) {
        if output.isEmpty {
            output.lines.append(lines: source)
        } else {
            for line in source.indices { emit(line: line, of: source) }
        }
    }

    /// Emits line `line` of `source` behind the open containers.
    private mutating func emit(line: Int, of source: TerminalLines) {
        openLine()
        output.lines.append(line: line, of: source)
        closeLine(source.overflow(ofLine: line))
    }

    /// Emits `text` in `style` behind the open containers, wrapped to the content width.
    private mutating func emit(_ text: String, _ style: RunStyle) {
        spans.removeAll(keepingCapacity: true)
        spans.append(InlineSpan(text: text, style: style))
        wrapper.wrap(spans, width: output.contentWidth, into: &output)
    }

    /// Starts an output line behind the open containers' prefixes.
    private mutating func openLine() {
        output.openLine()
    }

    /// Ends an output line with the open frames' right borders.
    private mutating func closeLine(_ overflow: LineOverflow = .wrapped) {
        output.closeLine(overflow)
    }

    private mutating func emitBlank() {
        output.blankLine()
    }
}
