/// Renders blocks as GitHub-flavoured Markdown: fenced code with its language, pipe tables where the
/// shape allows (HTML tables otherwise), `- [ ]` tasks, `> **Note:**` panels and `<details>` expands.
struct MarkdownRenderer: BlockVisitor {
    let options: RenderOptions
    let inline: MarkdownInline
    private let root: GeneratedListings
    var writer = PrefixedLineWriter()
    /// The UTF-8 of the line or block being composed, reused from one to the next.
    var scratch = LineBytes()
    /// The plain text of a table cell's paragraph, reused from cell to cell.
    var cellText = LineBytes()
    /// The marker kind (`-` or `.`) of each open list's items, innermost last.
    private var listMarkers: [UInt8] = []
    /// Where the last list ended in the writer's bytes, and its marker kind: a list right after it with the same
    /// kind would continue it in Markdown.
    private var listEnd = (offset: -1, marker: UInt8(0))

    /// Renders `blocks` to Markdown.
    static func render(_ blocks: [Block], options: RenderOptions) -> String {
        let root = GeneratedListings(blocks)
        var renderer = MarkdownRenderer(options: options, root: root,
                                        anchors: HeadingAnchors(collection: root.collection, options: options))
        renderer.visit(blocks)
        // A last empty line ends the text with a newline; nothing is added to empty text.
        renderer.writer.line("", trim: false)
        return String(renderedUTF8: renderer.writer.bytes)
    }

    /// `blocks` as Markdown of their own (for a cell of an HTML table), without the last line feed.
    func markdown(of blocks: [Block]) -> LineBytes {
        var renderer = MarkdownRenderer(options: options, root: root, anchors: inline.anchors)
        renderer.visit(blocks)
        var bytes = renderer.writer.bytes
        while bytes.last == 0x0A { bytes.removeLast() }
        return bytes
    }

    private init(options: RenderOptions, root: GeneratedListings, anchors: HeadingAnchors) {
        self.options = options
        self.inline = MarkdownInline(options: options, anchors: anchors)
        self.root = root
    }

    mutating func leaf(_ block: Block) {
        writer.beginBlock()
        scratch.removeAll()
        switch block {
        case .heading(let heading):
            scratch.append(repeating: 0x23, count: min(max(heading.level, 1), 6))
            scratch.append(0x20)
            let start = scratch.count
            // Hard breaks (a backslash and a line feed) and line separators become spaces: a heading is one line.
            if inline.append(heading.content, to: &scratch) {
                scratch.replaceAll("\\\n", with: " ", from: start)
                scratch.replaceAll("\n", with: " ", from: start)
            }
            // A run of `#` that ends the text after a space would be read as the heading's closing sequence.
            var runStart = scratch.count
            while runStart > start && scratch[runStart - 1] == 0x23 { runStart -= 1 }
            if runStart < scratch.count && (runStart == start || scratch[runStart - 1] == 0x20) { scratch.insert(0x5C, at: runStart) }
            writer.line(scratch, trim: false)
        case .paragraph(let inlines):
            let inline = inline
            writer.composeLines(trim: false) { output, start in
                let lineFeed = inline.append(inlines, to: &output)
                // Every line a hard break starts could begin a block as well, from the last so the first stay put.
                if lineFeed {
                    // A line feed after another (a line separator after a break) would leave a blank line, which ends
                    // the paragraph.
                    let doubled = output.withUnsafeBufferPointer { bytes in
                        (start..<bytes.count).filter { bytes[$0] == 0x0A && ($0 == start || bytes[$0 - 1] == 0x0A) }
                    }
                    for index in doubled.reversed() { output.removeSubrange(index..<(index + 1)) }
                    let breaks = output.withUnsafeBufferPointer { bytes in (start..<bytes.count).filter { bytes[$0] == 0x0A } }
                    for lineFeedIndex in breaks.reversed() { Self.escapeLineStart(of: &output, at: lineFeedIndex + 1) }
                }
                Self.escapeLineStart(of: &output, at: start)
                return lineFeed
            }
        case .code(let code):
            writeCode(code)
        case .table(let table):
            writeTable(table)
        case .tableOfContents(let toc):
            let entries = root.entries(for: toc)
            if entries.isEmpty { writer.line("\\[toc\\]", trim: false) }
            // The UTF-8 of each entry's heading text, read for its label.
            var text = LineBytes()
            defer { if !entries.isEmpty { endGeneratedList() } }
            partFromListBefore(marker: 0x2D)
            for entry in entries {
                text.removeAll()
                PlainTextRenderer.appendText(of: entry.heading.anchorContent, options: options, to: &text)
                scratch.removeAll()
                scratch.append(repeating: 0x20, count: 2 * entry.depth)
                scratch.append("- [")
                // Spaces at the label's edges (left by an image the label leaves out) are no text.
                _ = text.withUnsafeBufferPointer { bytes in
                    let start = bytes.spacesEnd(from: 0, to: bytes.count)
                    let label = UnsafeBufferPointer(rebasing: bytes[start..<bytes.spacesStart(before: bytes.count, from: start)])
                    return inline.appendEscaped(label, inLinkText: true, beforeText: false, to: &scratch)
                }
                let anchor = inline.anchors.anchor(ofHeading: entry.index)
                scratch.append("](#")
                scratch.append(utf8Of: anchor)
                scratch.append(")")
                writer.line(scratch, trim: false)
            }
        case .rule:
            writer.line("---", trim: false)
        case .list, .quote, .panel, .expand, .layout, .macro:
            break
        }
    }

    /// A fenced code block, its title in bold above it.
    private mutating func writeCode(_ code: CodeBlock) {
        if let title = code.title {
            // Bold as a text is, so spaces at its edges stay outside the markers.
            scratch.removeAll()
            inline.append([.text(title, .strong)], to: &scratch)
            writer.line(scratch, trim: false)
        }
        let text = code.body
        let fence = repeatElement(UInt8(0x60), count: Self.fenceLength(for: text))
        scratch.removeAll()
        scratch.append(repeating: 0x60, count: fence.count)
        // The info string of a backtick fence holds no backtick, and stays on its line.
        for byte in (code.language ?? "").utf8 where byte != 0x60 && byte >= 0x20 { scratch.append(byte) }
        writer.line(scratch, trim: false)
        if !text.isEmpty { writer.lines(text.utf8, trim: false) }
        writer.line(fence, trim: false)
    }

    /// The number of backticks fencing `code`: three, or one more than the longest run of backtick
    /// characters inside it.
    private static func fenceLength(for code: Substring) -> Int {
        let longest = code.withUTF8Buffer { $0.longestRun(of: 0x60) }
        guard longest >= 3 else { return 3 }
        // Between ASCII bytes a run's backticks are characters of their own, and no longer run exists.
        if code.withUTF8Buffer({ hasRun(of: 0x60, length: longest, betweenASCIIIn: $0) }) { return longest + 1 }
        // A backtick that a combining mark joins is another character: let `String` compare characters.
        var fence = "```"
        while code.contains(fence) { fence += "`" }
        return fence.utf8.count
    }

    /// Whether `bytes` holds a run of exactly `length` copies of `byte` with ASCII or nothing on both sides.
    private static func hasRun(of byte: UInt8, length: Int, betweenASCIIIn bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let found = bytes.firstIndex(of: byte, from: start) {
            var end = found
            while end < bytes.count && bytes[end] == byte { end += 1 }
            if end - found == length && (found == 0 || bytes[found - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80) {
                return true
            }
            start = end
        }
        return false
    }

    mutating func exit(_ container: BlockContainer) {
        // An empty item holds a no-break space: GFM reads `- [x]` alone as text, and a bare `-` under a paragraph as
        // its heading underline.
        writer.close(container, emptyItem: "&nbsp;")
        switch container {
        case .list: listEnd = (writer.bytes.count, listMarkers.removeLast())
        // A list in a quote cannot continue one outside it, nor the other way round.
        case .quote, .panel: listEnd = (-1, 0)
        default: break
        }
        if case .expand = container {
            writer.line("", trim: false)
            writer.line("</details>", trim: false)
        }
    }

    mutating func enter(_ container: BlockContainer) {
        switch container {
        case .list:
            writer.beginBlock()
            listMarkers.append(0)
            writer.push("", "", tight: true)
        case .item(let kind, let number, let item, _):
            let marker: UInt8 = if case .ordered = kind { 0x2E } else { 0x2D }
            if listMarkers[listMarkers.count - 1] == 0 {
                partFromListBefore(marker: marker)
                listMarkers[listMarkers.count - 1] = marker
            }
            writer.markContent()
            // A hidden marker is written all the same: Markdown has no item without one, and its nested list written
            // bare would join the list around it.
            // Blocks after the first but a leading paragraph's list would be read into the one before them (text after a
            // list or a quote joins its last line, a paragraph the one before, a rule underlines it): they are parted.
            let tight = item.isSimple
            switch kind {
            case .unordered: writer.push("- ", "  ", tight: tight)
            case .ordered:
                // CommonMark reads an item number of at most nine digits, and no sign: one outside is kept in range
                // (after the first item the numbers are not read, so the list stays one list).
                writer.push(orderedItem: min(max(number, 0), 999_999_999), tight: tight)
            case .task:
                // GFM reads a checkbox only at the start of a paragraph: a task whose body starts with another block
                // (a code block, a list) gets an empty one first, and the block after a blank line.
                writer.push(item.isChecked == true ? "- [x] " : "- [ ] ", "  ", tight: tight && item.startsWithParagraph)
                if !item.startsWithParagraph {
                    writer.beginBlock()
                    writer.line("&nbsp;")
                }
            }
        case .quote:
            writer.beginBlock()
            listEnd = (-1, 0)
            writer.push("> ", "> ", tight: false)
        case .panel(let panel):
            writer.beginBlock()
            listEnd = (-1, 0)
            scratch.removeAll()
            scratch.append("> **")
            scratch.append(utf8Of: panel.kind.label)
            scratch.append(":**")
            if let title = panel.title {
                scratch.append(0x20)
                inline.appendEscaped(title, to: &scratch)
            }
            writer.line(scratch, trim: false)
            writer.push("> ", "> ", tight: false)
            writer.markContent()
        case .expand(let expand):
            writer.beginBlock()
            scratch.removeAll()
            scratch.append("<details><summary>")
            expand.title.withUTF8Buffer { Self.appendHTML($0, to: &scratch) }
            scratch.append("</summary>")
            writer.line(scratch, trim: false)
            writer.push("", "", tight: false)
            writer.markContent()
        case .macro(let macro):
            writer.beginBlock()
            scratch.removeAll()
            scratch.append("\\[")
            inline.appendEscaped(macro.name, to: &scratch)
            for (index, reference) in macro.references.enumerated() {
                scratch.append(index == 0 ? ": " : ", ")
                inline.append(reference, to: &scratch)
            }
            scratch.append("\\]")
            writer.line(scratch, trim: false)
            let entries = root.childEntries(namedBy: macro, options: options)
            for entry in entries {
                scratch.removeAll()
                scratch.append(repeating: 0x20, count: 2 * entry.level)
                scratch.append("- ")
                let start = scratch.count
                inline.appendEscaped(entry.title, to: &scratch)
                Self.escapeLineStart(of: &scratch, at: start)
                writer.line(scratch, trim: false)
            }
            if !entries.isEmpty { endGeneratedList() }
            writer.push("", "", tight: false)
            writer.markContent()
        case .layoutCell:
            writer.beginBlock()
            writer.push("", "", tight: false)
        }
    }

    /// Parts a list of `marker` items starting here (a list's first item, or a generated list) from a list of the same
    /// marker with nothing but blank lines between them, which it would continue: an empty comment parts them.
    private mutating func partFromListBefore(marker: UInt8) {
        if listEnd.marker == marker && writer.onlyBlankLines(since: listEnd.offset, quoted: true) { writer.line("<!-- -->", trim: false) }
    }

    /// Ends a generated list of `-` items: a `-` list right after it is parted from it as from any list.
    private mutating func endGeneratedList() {
        listEnd = (writer.bytes.count, 0x2D)
    }

    /// Escapes what would turn a line of a paragraph starting at `start` of `output` (after up to three spaces) into a
    /// heading, list, quote, rule or code block, the line before it into a heading, or the two into a table (a line of
    /// pipes, colons and dashes is a GFM table's delimiter row).
    private static func escapeLineStart(of output: inout LineBytes, at lineStart: Int) {
        var start = lineStart
        // A byte order mark (U+FEFF) starting the document is dropped by readers, so what follows starts the line.
        while start + 3 <= output.count && output[start] == 0xEF && output[start + 1] == 0xBB && output[start + 2] == 0xBF { start += 3 }
        let indentStart = start
        while start < output.count && start < indentStart + 3 && output[start] == 0x20 { start += 1 }
        guard start < output.count else { return }
        let first = output[start]
        if first == 0x23 || first == 0x2D || first == 0x2B || first == 0x3D { return output.insert(0x5C, at: start) }
        if first == 0x7C || first == 0x3A {
            let isDelimiterRow = output.withUnsafeBufferPointer { bytes in
                let line = bytes[start...].prefix { $0 != 0x0A }
                // Pipes are optional around a one-column table's delimiter (`:-:`).
                return line.contains(0x2D) && (first == 0x3A || line.contains(0x7C))
                    && line.allSatisfy { $0 == 0x7C || $0 == 0x3A || $0 == 0x2D || $0 == 0x20 || $0 == 0x09 }
            }
            if isDelimiterRow { return output.insert(0x5C, at: start) }
        }
        let digits = output.withUnsafeBufferPointer { $0[start...].prefix(while: { $0 &- 0x30 < 10 }).count }
        let end = start + digits
        if digits > 0, end < output.count, output[end] == 0x2E || output[end] == 0x29 {
            output.insert(0x5C, at: end)
        }
    }
}
