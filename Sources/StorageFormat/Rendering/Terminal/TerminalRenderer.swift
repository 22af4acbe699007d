/// Renders blocks to styled terminal lines for a width. Iterative over block nesting (explicit
/// traversal stack); tables render their cells with a nested renderer, bounded by the model's depth cap.
/// Wrapped text, code and tables are laid out in scratch lines, then copied behind the open
/// containers' prefixes into the output.
struct TerminalRenderer {
    /// Text added before (and for frames, after) every line inside a container: `first` on its first
    /// line (a list marker), `rest` on the others, both `width` cells wide.
    private struct Prefix {
        var first: String
        var firstStyle = RunStyle()
        var rest: String
        var restStyle = RunStyle()
        var width: Int
        /// A frame's right edge, two cells wide, in `restStyle`.
        var right: String?
        var usedFirst = false
        var showsEmptyMarker = false

        /// An empty prefix.
        static var none: Prefix { Prefix(first: "", rest: "", width: 0) }

        /// The same text in one style on every line.
        static func constant(_ text: String, _ style: RunStyle = RunStyle(), right: String? = nil) -> Prefix {
            Prefix(first: text, firstStyle: style, rest: text, restStyle: style, width: LineTools.width(of: text), right: right)
        }
    }

    /// Spacing state of one container level.
    private struct Level {
        var tight: Bool
        var hasContent = false
    }

    /// The narrowest content the renderer lays text out in, however deep the nesting.
    static var minimumContentWidth: Int { 8 }

    private var width: Int
    private let options: RenderOptions
    /// The blocks a table of contents is generated from, and their headings once needed.
    private let root: HeadingSource
    private let glyphs: BorderGlyphs
    /// Whether code is clipped at the width (inside tables) instead of left to scroll.
    private let clipsCode: Bool
    /// Everything rendered so far.
    private(set) var lines = TerminalLines()
    /// Draws this level's tables, made at the first one.
    private var tables: TableRenderer?
    private var wrapper = LineWrapper(width: 1)
    /// Code lines and labels on their way to being clipped.
    private var scratch = TerminalLines()
    private var prefixes: [Prefix] = []
    private var levels: [Level] = [Level(tight: false)]
    private var framesOpen = 0

    init(width: Int, options: RenderOptions, root: HeadingSource, clipsCode: Bool) {
        self.width = max(1, width)
        self.options = options
        self.root = root
        self.glyphs = BorderGlyphs(ascii: options.asciiBorders)
        self.clipsCode = clipsCode
        lines.reserveCapacity(bytes: 4096, lines: 64)
    }

    /// Renders a document's `blocks` at `width`.
    static func render(_ blocks: [Block], width: Int, options: RenderOptions, root: HeadingSource) -> TerminalLines {
        var renderer = TerminalRenderer(width: width, options: options, root: root, clipsCode: false)
        renderer.render(blocks, width: width)
        return renderer.lines
    }

    /// Renders `blocks` at `width` after the lines already rendered.
    mutating func render(_ blocks: [Block], width: Int) {
        self.width = max(1, width)
        prefixes.removeAll(keepingCapacity: true)
        levels.removeAll(keepingCapacity: true)
        levels.append(Level(tight: false))
        framesOpen = 0
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { handle(event) }
    }

    /// Forgets the lines rendered so far, keeping their storage.
    mutating func removeAllLines() { lines.removeAll() }

    /// Restyles the runs of the lines from `line` on.
    mutating func restyleLines(from line: Int, _ restyle: (RunStyle) -> RunStyle) {
        lines.restyleRuns(fromLine: line, restyle)
    }

    private var contentWidth: Int {
        var used = 0
        for prefix in prefixes { used += prefix.width + (prefix.right == nil ? 0 : 2) }
        return max(min(Self.minimumContentWidth, width), width - used)
    }

    private mutating func handle(_ event: BlockEvent) {
        switch event {
        case .leaf(let block): leaf(block)
        case .enter(let container): enter(container)
        case .exit(let container): exit(container)
        }
    }

    // MARK: Leaves

    private mutating func leaf(_ block: Block) {
        beginBlock()
        switch block {
        case .heading(let heading):
            let base = RunStyle(role: .heading(level: heading.level), attributes: .bold)
            wrapper.wrap(InlineSpan.spans(of: heading.content, base: base, options: options), width: contentWidth)
            emitWrapped()
            if heading.level <= 2 {
                let underline = min(contentWidth, wrapper.lines.indices.map(wrapper.lines.width(ofLine:)).max() ?? 0)
                let glyph = heading.level == 1 ? (options.asciiBorders ? "=" : "═") : glyphs.horizontal
                openLine()
                lines.appendRepeated(glyph, count: underline, style: RunStyle(role: .heading(level: heading.level)))
                closeLine()
            }
        case .paragraph(let inlines):
            wrapper.wrap(inlines, base: RunStyle(), options: options, width: contentWidth)
            emitWrapped()
        case .code(let code):
            renderCode(code)
        case .table(let table):
            let tables = self.tables ?? TableRenderer(options: options, root: root, glyphs: glyphs)
            self.tables = tables
            tables.render(table, width: contentWidth)
            emit(linesOf: tables.lines)
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty {
                emit("[toc]", RunStyle(role: .annotation, attributes: .dim))
            }
            for entry in entries {
                let indent = String(repeating: " ", count: 2 * entry.depth)
                var spans = [InlineSpan(text: indent, style: RunStyle())]
                spans += InlineSpan.spans(of: entry.heading.content, base: RunStyle(role: .link), options: options)
                wrapper.wrap(spans, width: contentWidth)
                emitWrapped()
            }
        case .rule:
            openLine()
            lines.appendRepeated(glyphs.horizontal, count: contentWidth, style: RunStyle(role: .tableBorder))
            closeLine()
        case .list, .quote, .panel, .expand, .layout, .macro:
            break  // containers arrive as enter/exit events
        }
    }

    private mutating func renderCode(_ code: CodeBlock) {
        let heading = Self.codeHeading(code)
        if !heading.isEmpty {
            wrapper.wrap(heading, width: contentWidth)
            emitWrapped()
        }
        let clip = clipsCode || framesOpen > 0
        let style = RunStyle(role: .codeBlock)
        let width = contentWidth
        LineTools.forEachCodeLine(code.text) { text, textWidth in
            openLine()
            if clip {
                scratch.removeAll()
                scratch.append(text, style: style, width: textWidth)
                scratch.endLine()
                let cut = lines.append(line: 0, of: scratch, clippedTo: width, marker: glyphs.ellipsis)
                closeLine(cut ? .clipped : .wrapped)
            } else {
                lines.append(text, style: style, width: textWidth)
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

    private mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            beginBlock()
            push(nil, tight: true)
        case .item(let kind, let number, let item, let listDepth):
            levels[levels.count - 1].hasContent = true
            guard item.showsMarker else {
                push(nil, tight: true)
                return
            }
            let marker: String
            let role: TextRole
            switch kind {
            case .unordered:
                marker = glyphs.bullet(depth: listDepth)
                role = .listMarker
            case .ordered:
                marker = String(number) + "."
                role = .listMarker
            case .task:
                marker = item.isChecked == true ? "[x]" : "[ ]"
                role = item.isChecked == true ? .taskDone : .taskOpen
            }
            let markerWidth = displayWidth(of: marker) + 1
            var prefix = Prefix(first: marker + " ", firstStyle: RunStyle(role: role),
                                rest: String(repeating: " ", count: markerWidth), width: markerWidth)
            prefix.showsEmptyMarker = true
            prefixes.append(prefix)
            levels.append(Level(tight: true))
        case .quote:
            beginBlock()
            push(.constant(glyphs.quote, RunStyle(role: .quote)), tight: false)
        case .panel(let panel):
            beginBlock()
            let style = RunStyle(role: .panel(panel.kind))
            let label = panel.kind.label + (panel.title.map { ": " + $0 } ?? "")
            let inner = contentWidth
            scratch.removeAll()
            scratch.append(label, style: RunStyle(role: .panel(panel.kind), attributes: .bold))
            scratch.endLine()
            openLine()
            lines.append(glyphs.panelTopLeft + glyphs.horizontal + " ", style: style, width: 3)
            let labelStart = lines.openWidth
            lines.append(line: 0, of: scratch, clippedTo: max(0, inner - 5), marker: glyphs.ellipsis)
            let fill = max(0, inner - 5 - (lines.openWidth - labelStart))
            lines.append(" ", style: style, width: 1)
            lines.appendRepeated(glyphs.horizontal, count: fill, style: style)
            lines.append(glyphs.panelTopRight, style: style, width: 1)
            closeLine()
            framesOpen += 1
            push(.constant(glyphs.vertical + " ", style, right: " " + glyphs.vertical), tight: false)
        case .expand(let expand):
            beginBlock()
            let spans = [InlineSpan(text: glyphs.expandOpen + expand.title,
                                    style: RunStyle(role: .annotation, attributes: .bold))]
            wrapper.wrap(spans, width: contentWidth)
            emitWrapped()
            push(.constant("  "), tight: false)
        case .macro(let macro):
            beginBlock()
            var spans = [InlineSpan(text: "[" + macro.name, style: RunStyle(role: .annotation, attributes: .dim))]
            if !macro.references.isEmpty {
                spans.append(InlineSpan(text: ": ", style: RunStyle(role: .annotation, attributes: .dim)))
                var first = true
                for reference in macro.references {
                    if !first { spans.append(InlineSpan(text: ", ", style: RunStyle(role: .annotation))) }
                    first = false
                    spans += InlineSpan.spans(of: [reference], base: RunStyle(), options: options)
                }
            }
            spans.append(InlineSpan(text: "]", style: RunStyle(role: .annotation, attributes: .dim)))
            wrapper.wrap(spans, width: contentWidth)
            emitWrapped()
            push(nil, tight: false)
        case .layoutCell:
            beginBlock()
            push(nil, tight: false)
        }
    }

    private mutating func exit(_ container: BlockContainer) {
        let prefix = prefixes.removeLast()
        levels.removeLast()
        switch container {
        case .item:
            if prefix.showsEmptyMarker && !prefix.usedFirst {
                prefixes.append(prefix)
                openLine()
                closeLine()
                prefixes.removeLast()
            }
        case .panel(let panel):
            framesOpen -= 1
            let style = RunStyle(role: .panel(panel.kind))
            let fill = max(0, contentWidth - 2)
            openLine()
            lines.append(glyphs.panelBottomLeft, style: style, width: 1)
            lines.appendRepeated(glyphs.horizontal, count: fill, style: style)
            lines.append(glyphs.panelBottomRight, style: style, width: 1)
            closeLine()
        default:
            break
        }
    }

    private mutating func push(_ prefix: Prefix?, tight: Bool) {
        prefixes.append(prefix ?? .none)
        levels.append(Level(tight: tight))
    }

    /// Separates a new block from the previous one at the same level.
    private mutating func beginBlock() {
        let last = levels.count - 1
        if levels[last].hasContent && !levels[last].tight { emitBlank() }
        levels[last].hasContent = true
    }

    // MARK: Output

    /// Emits every line the wrapper holds.
    private mutating func emitWrapped() {
        emit(linesOf: wrapper.lines)
    }

    /// Emits every line of `source` behind the open containers.
    private mutating func emit(linesOf source: TerminalLines) {
        if prefixes.isEmpty {
            lines.append(lines: source)
        } else {
            for line in source.indices { emit(line: line, of: source) }
        }
    }

    /// Emits line `line` of `source` behind the open containers.
    private mutating func emit(line: Int, of source: TerminalLines) {
        openLine()
        lines.append(line: line, of: source)
        closeLine(source.overflow(ofLine: line))
    }

    /// Emits one line of `text` in `style` behind the open containers.
    private mutating func emit(_ text: String, _ style: RunStyle) {
        openLine()
        lines.append(text, style: style)
        closeLine()
    }

    /// Starts an output line with the open containers' prefixes, each container's first line getting
    /// its first-line prefix (a list marker).
    private mutating func openLine() {
        for index in prefixes.indices {
            let prefix = prefixes[index]
            if prefix.usedFirst {
                lines.append(prefix.rest, style: prefix.restStyle, width: prefix.width)
            } else {
                lines.append(prefix.first, style: prefix.firstStyle, width: prefix.width)
                prefixes[index].usedFirst = true
            }
        }
    }

    /// Ends an output line with the open frames' right borders.
    private mutating func closeLine(_ overflow: LineOverflow = .wrapped) {
        appendRightBorders()
        lines.endLine(overflow)
    }

    private mutating func emitBlank() {
        for prefix in prefixes { lines.append(prefix.rest, style: prefix.restStyle, width: prefix.width) }
        appendRightBorders()
        if framesOpen == 0 { lines.trimOpenLineTrailingSpaces() }
        lines.endLine()
    }

    /// Pads to and draws the right edge of each open frame, innermost first.
    private mutating func appendRightBorders() {
        guard framesOpen > 0 else { return }
        var rightEdge = width
        var edges: [(column: Int, prefix: Int)] = []
        for (index, prefix) in prefixes.enumerated() where prefix.right != nil {
            rightEdge -= 2
            edges.append((rightEdge, index))
        }
        for edge in edges.reversed() {
            lines.appendSpaces(edge.column - lines.openWidth)
            lines.append(prefixes[edge.prefix].right ?? "", style: prefixes[edge.prefix].restStyle, width: 2)
        }
    }
}
