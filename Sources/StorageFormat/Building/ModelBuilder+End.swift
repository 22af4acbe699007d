extension ModelBuilder {
    mutating func end(_ name: ElementName) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard let action = actions.popLast() else { return }
        switch action {
        case .passThrough:
            break
        case .paragraphBreak:
            paragraphBreak()
        case .style(let bit):
            applyStyle(bit, delta: -1)
        case .container:
            closeContainer()
        case .list:
            guard let list = lists.popLast() else { preconditionFailure("a list closed that never opened") }
            paragraphBreak()
            let items = listItems.take(from: list.itemStart)
            guard !items.isEmpty else { break }
            let block = Block.list(ListBlock(kind: list.kind, items: items))
            if list.nesting == 0, let outer = lists.last, outer.depth == depth {
                flatten(block)
            } else {
                appendBlock(block)
            }
        case .table:
            commitRow()
            let rows = tableRows.take(from: tables.removeLast().rowStart)
            if !rows.isEmpty { appendBlock(.table(Table(rows: rows))) }
        case .tableRow:
            commitRow()
        case .tableHead:
            commitRow()
            tables[tables.count - 1].headDepth -= 1
        case .macro(let hasContainer):
            guard let macro = macros.popLast() else { preconditionFailure("a macro closed that never opened") }
            if MacroState.isZone(macro.name) { zonesOpen -= 1 }
            var body: [Block] = []
            if hasContainer {
                body = popTakingBlocks()
            }
            switch MacroInterpreter.interpret(macro, body: body, hasBody: hasContainer) {
            case .inline(.jiraIssue(let key, _)): appendWordItem(.jiraIssue(key, style))
            case .inline(.anchor(let name)):
                // An anchor shows nothing: white space on either side of it collapses as if it were not there.
                let wasSpace = innermost.lastWasSpace
                appendInline(.anchor(name))
                innermost.lastWasSpace = wasSpace
            case .inline(let inline): appendInline(inline)
            case .inlines(let inlines): for inline in inlines { appendInline(inline) }
            case .block(let block): appendBlock(block)
            case .blocks(let blocks): for block in blocks { appendBlock(block) }
            case .nothing: break
            }
        case .link:
            closeLink()
        case .image:
            closeImage()
        case .capture:
            closeCapture()
        case .layout:
            let sections = layouts.removeLast().filter { !$0.cells.allSatisfy { $0.isEmpty } }
            if !sections.isEmpty { appendBlock(.layout(sections)) }
        case .adfNode(let hasContainer):
            let node = adfNodes.removeLast()
            var blocks: [Block] = []
            if hasContainer {
                blocks = popTakingBlocks()
            }
            // A node with nothing to show leaves its extension's fallback to be read (an empty panel whose text the
            // fallback holds).
            lastAdfNodeShowed = !blocks.isEmpty
            guard !blocks.isEmpty else { break }
            if node.type == "panel" {
                let kind = Panel.Kind(rawValue: node.panelType?.lowercased() ?? "") ?? .custom
                appendBlock(.panel(Panel(kind: kind, blocks: blocks)))
            } else if node.type == "decision-item" {
                appendBlock(Self.decision(blocks, decided: node.state?.uppercased() != "UNDECIDED"))
            } else if node.type == "decision-list" {
                appendBlock(Self.decisionList(blocks))
            } else if node.type == "expand" || node.type == "nested-expand" {
                appendBlock(.expand(.titled(node.title, blocks: blocks)))
            } else {
                appendBlock(.macro(MacroBlock(name: node.type.isEmpty ? "extension" : node.type, blocks: blocks)))
            }
        }
    }

    /// A decision (a Cloud decision list's item) as a list of one item whose text starts with a bold `Decision:`, or
    /// `Undecided:` for one not yet decided.
    static func decision(_ blocks: [Block], decided: Bool) -> Block {
        let label = Inline.text(decided ? "Decision:" : "Undecided:", .strong)
        var item = blocks
        if case .paragraph(let inlines) = item[0] {
            item[0] = .paragraph([label, .text(" ", [])] + inlines)
        } else {
            item.insert(.paragraph([label]), at: 0)
        }
        return .list(ListBlock(kind: .unordered, items: [ListItem(blocks: item)]))
    }

    /// A decision list: its decisions, each a list of one item, made one list.
    static func decisionList(_ blocks: [Block]) -> Block {
        var items: [ListItem] = []
        for block in blocks {
            if case .list(let list) = block { items += list.items } else { items.append(ListItem(blocks: [block])) }
        }
        return .list(ListBlock(kind: .unordered, items: items))
    }

    /// Ends the innermost table's open row, keeping the row when it has cells.
    mutating func commitRow() {
        let last = tables.count - 1
        guard tables[last].rowIsOpen else { return }
        tables[last].rowIsOpen = false
        let cells = tableCells.take(from: tables[last].cellStart)
        guard !cells.isEmpty else {
            // The group an empty row started starts with the next row kept.
            tables[last].groupBegan = tables[last].groupBegan || tables[last].rowStartsGroup
            return
        }
        let isHeader = tables[last].rowIsHeader || cells.allSatisfy { $0.isHeader }
        tableRows.append(TableRow(cells: cells, isHeader: isHeader, startsGroup: tables[last].rowStartsGroup))
    }

    private mutating func closeContainer() {
        switch innermost.role {
        case .listItem:
            let container = innermost
            let blocks = popTakingBlocks()
            if let list = lists.last, list.depth == depth {
                var shows = !container.hidesMarker
                if case .list = blocks.first, blocks.count == 1, list.kind != .task { shows = false }
                listItems.append(ListItem(blocks: blocks, isChecked: container.isChecked, showsMarker: shows))
            } else {
                for block in blocks { appendBlock(block) }
            }
        case .cell:
            let blocks = popTakingBlocks()
            let last = tables.count - 1
            var cell = tables[last].openCell
            cell.blocks = blocks
            if tables[last].rowIsOpen { tableCells.append(cell) }
        case .quote:
            let blocks = popTakingBlocks()
            if !blocks.isEmpty { appendBlock(.quote(blocks)) }
        case .heading(let level):
            let container = innermost
            let content = takeTrimmedRun()
            var inner = blocks.take(from: container.blockStart)
            popContainer()
            // Blocks inside a heading (HTML allows them) read in order after it: its text before them, ended as a
            // paragraph when the first began, is the heading, and text after them a paragraph.
            let heldBlocks = !inner.isEmpty
            if case .paragraph(let lead)? = inner.first {
                appendBlock(.heading(Heading(level: level, content: lead)))
                inner.removeFirst()
            }
            for block in inner { appendBlock(block) }
            if !content.isEmpty { appendBlock(heldBlocks ? .paragraph(content) : .heading(Heading(level: level, content: content))) }
        case .caption:
            let blocks = popTakingBlocks()
            image!.caption = InlineFlattener.inlines(of: blocks)
        case .layoutCell:
            let blocks = popTakingBlocks()
            let last = layouts.count - 1
            if layouts[last].isEmpty { layouts[last].append(LayoutSection(cells: [])) }
            layouts[last][layouts[last].count - 1].cells.append(blocks)
        case .pre:
            preDepth = 0
            let container = innermost
            flushPendingText()
            var text = InlineFlattener.plainText(of: inlines.take(from: container.inlineStart))
            if text.hasPrefix("\n") { text.removeFirst() }
            let inner = blocks.take(from: container.blockStart)
            popContainer()
            appendBlock(.code(CodeBlock(text: text)))
            for block in inner { appendBlock(block) }
        case .root, .macro, .link, .image, .adfNode:
            // Closed through their own actions; reaching here means a container was left open.
            let blocks = popTakingBlocks()
            for block in blocks { appendBlock(block) }
        }
    }

    private mutating func closeLink() {
        guard let state = link.take() else { preconditionFailure("a link closed that never opened") }
        var body: [Inline]
        var (startsInSpace, endsInSpace) = (false, false)
        var (startsWithBreak, endsWithBreak) = (false, false)
        if let plain = state.plainBody {
            popContainer()
            body = plain.isEmpty ? [] : [.text(plain, style)]
        } else if blocks.count == innermost.blockStart {
            // What flattening the body's one paragraph gives, without building that paragraph.
            // Trimming drops blank text and line breaks at the run's edges, so what is there is noted first.
            let items = inlines.count - innermost.inlineStart
            endsInSpace = (pendingText.isActive || items > 0) && innermost.lastWasSpace
            if items == 0 {
                startsInSpace = pendingText.startsWithSpace(in: input)
            } else if case .text(let text, _) = inlines[innermost.inlineStart] {
                startsInSpace = text.utf8.first == 0x20
            } else if case .lineBreak = inlines[innermost.inlineStart] {
                startsWithBreak = true
            }
            if items > 1 && !pendingText.isActive, case .lineBreak = inlines[inlines.count - 1] {
                endsWithBreak = true
            }
            body = takeTrimmedRun()
            popContainer()
        } else {
            body = Container.trimmed(InlineFlattener.inlines(of: popTakingBlocks()))
        }
        // Spaces and line breaks at the body's edges part the link from its neighbours: they go outside it,
        // never lost. A body of white space alone parts both sides, even when it was collapsed into a space before it.
        let edges = Self.takeEdgeSpaces(of: &body)
        if body.isEmpty && state.collapsedWhiteSpace { endsInSpace = true }
        if startsWithBreak {
            appendLineBreak()
        } else if edges.leading || startsInSpace {
            appendSpace()
        }
        let target = state.target ?? state.anchor.map { LinkTarget.anchor($0) }
        if let target {
            appendInline(.link(Link(target: target, body: body, style: style)))
        } else if body.isEmpty, let shortcut = state.shortcut {
            appendInline(.text(shortcut, style))
        } else {
            for inline in body { appendInline(inline) }
        }
        if endsWithBreak {
            appendLineBreak()
        } else if edges.trailing || endsInSpace {
            appendSpace()
        }
    }

    /// Removes the white space that starts `body`'s first text and ends its last (a body written as
    /// CDATA keeps its own); says where it removed some.
    private static func takeEdgeSpaces(of body: inout [Inline]) -> (leading: Bool, trailing: Bool) {
        var leading = false
        var trailing = false
        if case .text(let text, let style) = body.first, let first = text.utf8.first, isWhiteSpace(first) {
            let kept = Substring(text.utf8.drop(while: isWhiteSpace))
            leading = true
            trailing = kept.isEmpty && body.count == 1  // a body of nothing but white space parts both sides
            if kept.isEmpty { body.removeFirst() } else { body[0] = .text(String(kept), style) }
        }
        if case .text(let text, let style) = body.last, let last = text.utf8.last, isWhiteSpace(last) {
            let end = text.utf8.lastIndex { !isWhiteSpace($0) }.map { text.utf8.index(after: $0) } ?? text.startIndex
            let kept = text[..<end]
            trailing = true
            if kept.isEmpty { body.removeLast() } else { body[body.count - 1] = .text(String(kept), style) }
        }
        return (leading, trailing)
    }

    /// A space, tab or line end.
    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Appends a line break to the innermost run.
    private mutating func appendLineBreak() {
        appendInline(.lineBreak)
        innermost.lastWasSpace = true
    }

    /// Appends one space to the innermost run unless the text before it ends in one.
    private mutating func appendSpace() {
        guard !innermost.lastWasSpace else { return }
        appendInline(.text(" ", style))
        innermost.lastWasSpace = true
    }

    private mutating func closeImage() {
        popContainer()
        guard let state = image.take() else { preconditionFailure("an image closed that never opened") }
        if let emoticon = state.emoticonName {
            appendInline(.emoticon(Emoticon(name: emoticon)))
        } else {
            appendInline(.image(Image(source: state.source, alt: state.alt, caption: state.caption)))
            // A figure (laid out as a block, or captioned) ends its paragraph: the next one starts on its own. A heading
            // is one line, whose text goes on after it.
            let inHeading = if case .heading = innermost.role { true } else { false }
            if (state.isBlock || !state.caption.isEmpty) && !inHeading { paragraphBreak() }
        }
    }

    private mutating func closeCapture() {
        guard let capture = capture.take() else { preconditionFailure("a capture closed that never opened") }
        switch capture.purpose {
        case .parameter(let name):
            guard macros.count > 0 else { return }
            macros.withLast { macro in
                if macro.parameters[name] == nil { macro.parameters[name] = ModelBuilder.collapsed(capture.value) }
                if !capture.references.isEmpty { macro.references += capture.references }
            }
        case .unreadParameter:
            if macros.count > 0 && !capture.references.isEmpty {
                macros.withLast { $0.references += capture.references }
            }
        case .plainTextBody:
            if macros.count > 0 {
                macros.withLast { $0.plainTextBody = ($0.plainTextBody ?? "") + capture.value }
            } else if !capture.value.isEmpty {
                appendBlock(.code(CodeBlock(text: capture.value)))
            }
        case .linkPlainBody:
            if link != nil {
                link!.plainBody = (link!.plainBody ?? "") + capture.value
            } else {
                let text = ModelBuilder.collapsed(capture.value)
                if !text.isEmpty { appendInline(.text(text, style)) }
            }
        case .time(let datetime):
            let text = ModelBuilder.collapsed(capture.value)
            if !text.isEmpty {
                appendInline(.text(text, style))
            } else if !datetime.isEmpty {
                appendWordItem(.date(datetime, style))
            }
        case .taskStatus:
            if innermost.role == .listItem {
                innermost.isChecked = ModelBuilder.collapsed(capture.value).lowercased() == "complete"
            }
        case .adfAttribute(let attribute):
            guard let attribute, !adfNodes.isEmpty else { return }
            let value = ModelBuilder.collapsed(capture.value)
            switch attribute {
            case .panelType: adfNodes[adfNodes.count - 1].panelType = value
            case .state: adfNodes[adfNodes.count - 1].state = value
            case .title: adfNodes[adfNodes.count - 1].title = value
            }
        }
    }

    /// Text with whitespace runs folded to one space and no leading or trailing space.
    static func collapsed(_ text: String) -> String {
        if isCollapsed(text) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte.isMarkupSpace {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `text` has no whitespace but single spaces between words.
    private static func isCollapsed(_ text: String) -> Bool {
        text.withUTF8Buffer { bytes in
            var previousIsSpace = true
            for byte in bytes {
                let isSpace = byte.isMarkupSpace
                if isSpace && (previousIsSpace || byte != 0x20) { return false }
                previousIsSpace = isSpace
            }
            return !previousIsSpace || bytes.isEmpty
        }
    }
}
