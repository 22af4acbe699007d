/// Renders blocks to styled terminal lines for a width. Iterative over block nesting (explicit
/// traversal stack); tables render their cells with a nested renderer, bounded by the model's depth cap.
struct TerminalRenderer {
    /// Text added before (and for frames, after) every line inside a container.
    private struct Prefix {
        var first: [StyledRun]
        var rest: [StyledRun]
        var width: Int
        var right: StyledRun?
        var usedFirst = false
        var showsEmptyMarker = false
    }

    /// Spacing state of one container level.
    private struct Level {
        var tight: Bool
        var hasContent = false
    }

    /// The narrowest content the renderer lays text out in, however deep the nesting.
    static var minimumContentWidth: Int { 8 }

    private let width: Int
    private let options: RenderOptions
    /// The blocks a table of contents is generated from, and their headings once needed.
    private let root: HeadingSource
    private let glyphs: BorderGlyphs
    /// Whether code is clipped at the width (inside tables) instead of left to scroll.
    private let clipsCode: Bool
    private var lines: [StyledLine] = []
    private var prefixes: [Prefix] = []
    private var levels: [Level] = [Level(tight: false)]
    private var framesOpen = 0

    init(width: Int, options: RenderOptions, root: HeadingSource, clipsCode: Bool) {
        self.width = max(1, width)
        self.options = options
        self.root = root
        self.glyphs = BorderGlyphs(ascii: options.asciiBorders)
        self.clipsCode = clipsCode
    }

    /// Renders `blocks` at `width`.
    static func render(
        _ blocks: [Block], width: Int, options: RenderOptions, root: HeadingSource, clipsCode: Bool = false
    ) -> [StyledLine] {
        var renderer = TerminalRenderer(width: width, options: options, root: root, clipsCode: clipsCode)
        var traversal = BlockTraversal(blocks)
        while let event = traversal.next() { renderer.handle(event) }
        return renderer.lines
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
            let wrapped = LineWrapper.wrap(InlineSpan.spans(of: heading.content, base: base, options: options),
                                           width: contentWidth)
            for runs in wrapped { emit(runs) }
            if heading.level <= 2 {
                let underline = min(contentWidth, wrapped.map(LineTools.width(of:)).max() ?? 0)
                let glyph = heading.level == 1 ? (options.asciiBorders ? "=" : "═") : glyphs.horizontal
                emit([StyledRun(String(repeating: glyph, count: underline), RunStyle(role: .heading(level: heading.level)))])
            }
        case .paragraph(let inlines):
            for runs in LineWrapper.wrap(inlines, base: RunStyle(), options: options, width: contentWidth) { emit(runs) }
        case .code(let code):
            renderCode(code)
        case .table(let table):
            let renderer = TableRenderer(options: options, root: root, glyphs: glyphs)
            for line in renderer.render(table, width: contentWidth) { emit(line.runs, overflow: line.overflow) }
        case .tableOfContents(let toc):
            let entries = HeadingCollector.entries(for: toc, in: root.headings)
            if entries.isEmpty {
                emit([StyledRun("[toc]", RunStyle(role: .annotation, attributes: .dim))])
            }
            for entry in entries {
                let indent = String(repeating: " ", count: 2 * entry.depth)
                var spans = [InlineSpan(text: indent, style: RunStyle())]
                spans += InlineSpan.spans(of: entry.heading.content, base: RunStyle(role: .link), options: options)
                for runs in LineWrapper.wrap(spans, width: contentWidth) { emit(runs) }
            }
        case .rule:
            emit([StyledRun(Padding.repeated(glyphs.horizontal, contentWidth), RunStyle(role: .tableBorder))])
        case .list, .quote, .panel, .expand, .layout, .macro:
            break  // containers arrive as enter/exit events
        }
    }

    private mutating func renderCode(_ code: CodeBlock) {
        let heading = Self.codeHeading(code)
        if !heading.isEmpty { for runs in LineWrapper.wrap(heading, width: contentWidth) { emit(runs) } }
        var text = code.text.utf8[...]
        if text.last == 0x0A { text = text.dropLast() }
        let clip = clipsCode || framesOpen > 0
        let style = RunStyle(role: .codeBlock)
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let runs = [StyledRun(LineTools.expandTabs(Substring(line)), style)]
            if clip {
                let clipped = LineTools.clip(runs, to: contentWidth, marker: glyphs.ellipsis)
                emit(clipped.runs, overflow: clipped.clipped ? .clipped : .wrapped)
            } else {
                emit(runs, overflow: .scrollable)
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
                marker = "\(number)."
                role = .listMarker
            case .task:
                marker = item.isChecked == true ? "[x]" : "[ ]"
                role = item.isChecked == true ? .taskDone : .taskOpen
            }
            let markerWidth = displayWidth(of: marker) + 1
            var prefix = Prefix(first: [StyledRun(marker + " ", RunStyle(role: role))],
                                rest: [StyledRun(Padding.spaces(markerWidth))], width: markerWidth)
            prefix.showsEmptyMarker = true
            prefixes.append(prefix)
            levels.append(Level(tight: true))
        case .quote:
            beginBlock()
            push(Prefix(first: [StyledRun(glyphs.quote, RunStyle(role: .quote))],
                        rest: [StyledRun(glyphs.quote, RunStyle(role: .quote))], width: 2), tight: false)
        case .panel(let panel):
            beginBlock()
            let style = RunStyle(role: .panel(panel.kind))
            let label = panel.kind.label + (panel.title.map { ": " + $0 } ?? "")
            let inner = contentWidth
            let labelText = LineTools.clip([StyledRun(label, RunStyle(role: .panel(panel.kind), attributes: .bold))],
                                           to: max(0, inner - 5), marker: glyphs.ellipsis).runs
            let fill = max(0, inner - 5 - LineTools.width(of: labelText))
            var top = [StyledRun(glyphs.panelTopLeft + glyphs.horizontal + " ", style)]
            top += labelText
            top.append(StyledRun(" " + Padding.repeated(glyphs.horizontal, fill) + glyphs.panelTopRight, style))
            emit(top)
            framesOpen += 1
            push(Prefix(first: [StyledRun(glyphs.vertical + " ", style)], rest: [StyledRun(glyphs.vertical + " ", style)],
                        width: 2, right: StyledRun(" " + glyphs.vertical, style)), tight: false)
        case .expand(let expand):
            beginBlock()
            let spans = [InlineSpan(text: glyphs.expandOpen + expand.title,
                                    style: RunStyle(role: .annotation, attributes: .bold))]
            for runs in LineWrapper.wrap(spans, width: contentWidth) { emit(runs) }
            push(Prefix(first: [StyledRun("  ")], rest: [StyledRun("  ")], width: 2), tight: false)
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
            for runs in LineWrapper.wrap(spans, width: contentWidth) { emit(runs) }
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
                emit([])
                prefixes.removeLast()
            }
        case .panel(let panel):
            framesOpen -= 1
            let style = RunStyle(role: .panel(panel.kind))
            let fill = max(0, contentWidth - 2)
            emit([StyledRun(glyphs.panelBottomLeft + Padding.repeated(glyphs.horizontal, fill)
                            + glyphs.panelBottomRight, style)])
        default:
            break
        }
    }

    private mutating func push(_ prefix: Prefix?, tight: Bool) {
        prefixes.append(prefix ?? Prefix(first: [], rest: [], width: 0))
        levels.append(Level(tight: tight))
    }

    /// Separates a new block from the previous one at the same level.
    private mutating func beginBlock() {
        let last = levels.count - 1
        if levels[last].hasContent && !levels[last].tight { emitBlank() }
        levels[last].hasContent = true
    }

    // MARK: Output

    private mutating func emit(_ runs: [StyledRun], overflow: LineOverflow = .wrapped) {
        if prefixes.isEmpty {
            lines.append(StyledLine(runs: runs, overflow: overflow))
            return
        }
        var composed: [StyledRun] = []
        composed.reserveCapacity(prefixes.count + runs.count + framesOpen)
        for index in prefixes.indices {
            if prefixes[index].usedFirst {
                composed += prefixes[index].rest
            } else {
                composed += prefixes[index].first
                prefixes[index].usedFirst = true
            }
        }
        composed += runs
        appendRightBorders(&composed)
        lines.append(StyledLine(runs: composed, overflow: overflow))
    }

    private mutating func emitBlank() {
        var composed: [StyledRun] = []
        for prefix in prefixes { composed += prefix.usedFirst ? prefix.rest : prefix.rest }
        appendRightBorders(&composed)
        if framesOpen == 0 { LineTools.trimTrailingSpaces(&composed) }
        lines.append(StyledLine(runs: composed))
    }

    /// Pads to and draws the right edge of each open frame, innermost first.
    private func appendRightBorders(_ composed: inout [StyledRun]) {
        guard framesOpen > 0 else { return }
        var used = LineTools.width(of: composed)
        var rightEdge = width
        var edges: [(column: Int, run: StyledRun)] = []
        for prefix in prefixes {
            guard let right = prefix.right else { continue }
            rightEdge -= 2
            edges.append((rightEdge, right))
        }
        for edge in edges.reversed() {
            if used < edge.column { composed.append(StyledRun(Padding.spaces(edge.column - used))) }
            composed.append(edge.run)
            used = max(used, edge.column) + 2
        }
    }
}
