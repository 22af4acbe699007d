/// Builds the document model from the balanced element stream, with explicit stacks only.
///
/// - Note: Block containers nest at most `maxContainerDepth` deep in the model; deeper input flows
///   into the deepest container, so every later pass over the model has bounded depth. The cap stays
///   (rather than being lifted now that traversal is iterative) because each level of a list, quote or
///   frame takes terminal columns: at 32 levels a 100-column terminal has long stopped indenting, so deeper
///   levels could not be shown apart anyway, and the cap bounds the renderers' stacks and the model's own
///   teardown for 100,000-deep input.
struct ModelBuilder: TreeSink {
    /// The deepest block nesting the model keeps.
    static var maxContainerDepth: Int { 32 }

    let input: UnsafeBufferPointer<UInt8>
    var decoder = TextDecoder()
    /// The innermost open container: the root until another opens. It is a property of its own, not the top
    /// of `outerContainers`, because nearly every event reads or changes it.
    var innermost = Container(role: .root, blockStart: 0, inlineStart: 0)
    /// The open containers around the innermost one, the root first.
    var outerContainers = ScratchStack<Container>()
    /// The inline runs of the open containers, innermost last (items only ever go to the innermost).
    var inlines = ScratchStack<Inline>()
    /// The collapsed text that ends the innermost run, not yet on `inlines`.
    var pendingText = PendingText()
    /// The blocks of the open containers, innermost last.
    var blocks = ScratchStack<Block>()
    /// The items of the open lists, innermost last.
    var listItems = ScratchStack<ListItem>()
    /// The finished rows of the open tables, innermost last.
    var tableRows = ScratchStack<TableRow>()
    /// The cells of the open tables' open rows, innermost last.
    var tableCells = ScratchStack<TableCell>()
    /// What each open element did when it opened, innermost last.
    var actions = ScratchStack<OpenAction>()
    var skipDepth = 0
    /// How many open elements apply each style bit (a vector, so a parse allocates none for it).
    var styleCounts = SIMD8<Int32>()
    var style: TextStyle = []
    var preDepth = 0
    var lists = ScratchStack<ListState>()
    var tables: [TableState] = []
    var macros = ScratchStack<MacroState>()
    /// The open link: links do not nest (one inside another is text of the outer).
    var link: LinkState?
    /// The open image: images do not nest.
    var image: ImageState?
    /// The open capture: inside one, elements are not interpreted, so no other opens.
    var capture: Capture?
    var layouts: [[LayoutSection]] = []
    var adfNodes: [AdfState] = []
    /// Whether the last ADF node to end showed anything: its extension's `ac:adf-fallback`, a second rendering of the
    /// same content, is read only when it did not.
    var lastAdfNodeShowed = false
    /// How many toc-zone macros are open.
    var zonesOpen = 0

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// The finished top-level blocks (the tree builder has closed every element, so only the root is open);
    /// the scratch stacks are freed.
    mutating func finish() -> [Block] {
        let finished = takeBlocks()
        outerContainers.release()
        inlines.release()
        blocks.release()
        listItems.release()
        tableRows.release()
        tableCells.release()
        actions.release()
        lists.release()
        macros.release()
        return finished
    }

    /// Which open construct receives `ri:` resource elements: the innermost of the open link and image.
    var resourceSink: ResourceSink? {
        if let insideImage = link?.isInsideImage, insideImage || image == nil { return .link }
        return image == nil ? nil : .image
    }

    /// Whether another nested block container still fits in the model.
    var canNest: Bool { depth < Self.maxContainerDepth }

    /// How many containers are open, the root included.
    var depth: Int { outerContainers.count + 1 }

    mutating func text(_ range: Range<Int>) {
        appendText(range, entities: true)
    }

    mutating func cdata(_ range: Range<Int>) {
        if skipDepth > 0 { return }
        if capture != nil {
            guard capture!.keepsText else { return }
            var unused = false
            let text = decoder.decode(input, range, entities: false, collapse: false, lastWasSpace: &unused)
            capture!.text += text
            capture!.cdataText += text
            capture!.sawCDATA = true
            return
        }
        appendText(range, entities: false)
    }

    private mutating func appendText(_ range: Range<Int>, entities: Bool) {
        if skipDepth > 0 { return }
        if capture != nil {
            guard capture!.keepsText else { return }
            var unused = false
            let text = decoder.decode(input, range, entities: entities, collapse: false, lastWasSpace: &unused)
            capture!.text += text
            if text.withUTF8Buffer({ $0.contains { $0 > 0x20 } }) { capture!.cdataText += text }
            return
        }
        if preDepth > 0 {
            var unused = false
            let text = decoder.decode(input, range, entities: entities, collapse: false, lastWasSpace: &unused)
            if !text.isEmpty { appendInline(.text(text, style)) }
            return
        }
        var lastWasSpace = innermost.lastWasSpace
        let decoded = decoder.decodeBytes(input, range, entities: entities, collapse: true, lastWasSpace: &lastWasSpace)
        if case .empty = decoded {
            if link != nil && !range.isEmpty { link!.collapsedWhiteSpace = true }
            return
        }
        let style = style
        if innermost.endsInWordItem {
            innermost.endsInWordItem = false
            if Self.startsWithWord(decoded, input, decoder) { inlines.append(.text(" ", style)) }
        }
        if case .scratch = decoded, decoder.wroteLineSeparator {
            return appendSeparatedLines(decoder.string(decoded, input), style: style, lastWasSpace: lastWasSpace)
        }
        innermost.lastWasSpace = lastWasSpace
        // Collapsed text joins text of the same style that ends the run.
        if pendingText.isActive {
            if pendingText.style == style { return pendingText.append(decoded, input: input, decoder: decoder) }
            flushPendingText()
        } else if inlines.count > innermost.inlineStart,
                  inlines.withLast({ Container.merge({ decoder.string(decoded, input) }, style, into: &$0) }) {
            return  // joined text an inline item brought (a link body without a target, say)
        }
        pendingText.start(decoded, style: style, decoder: decoder)
    }

    /// Appends collapsed `text` whose line feeds were line or paragraph separators: each is a line break, as `br` is.
    private mutating func appendSeparatedLines(_ text: String, style: TextStyle, lastWasSpace: Bool) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { appendInline(.lineBreak) }
            if !line.isEmpty { appendInline(.text(String(line), style)) }
        }
        innermost.lastWasSpace = lastWasSpace
    }

    /// Moves the pending text, if any, onto the innermost run as it stands.
    @inline(__always)
    mutating func flushPendingText() {
        if pendingText.isActive, let text = pendingText.take(input, trimmingTrailingSpace: false) {
            inlines.append(.text(text, pendingText.style))
        }
    }

    /// Takes the innermost run out, pending text included, trimmed as `Container.trimmed` trims.
    mutating func takeTrimmedRun() -> [Inline] {
        guard pendingText.isActive, let text = pendingText.take(input, trimmingTrailingSpace: true) else {
            return inlines.takeTrimmed(from: innermost.inlineStart)
        }
        // The pending text is visible and its trailing space is gone: only the start is left to trim.
        if inlines.count == innermost.inlineStart { return [.text(text, pendingText.style)] }
        inlines.append(.text(text, pendingText.style))
        return inlines.takeTrimmed(from: innermost.inlineStart, endIsTrimmed: true)
    }

    /// Appends an inline item to the innermost container.
    mutating func appendInline(_ inline: consuming Inline) {
        flushPendingText()
        inlines.append(inline)
        innermost.lastWasSpace = false
        innermost.endsInWordItem = false
    }

    /// Appends a date or a Jira key, which reads as a word of its own: a word written right against it, before
    /// or after, is parted from it by a space, as the lozenge Confluence draws parts them.
    mutating func appendWordItem(_ inline: consuming Inline) {
        flushPendingText()
        if !innermost.lastWasSpace && inlines.count > innermost.inlineStart,
           inlines.withLast({ Self.endsWithWord($0) }) {
            inlines.append(.text(" ", style))
        }
        appendInline(inline)
        innermost.endsInWordItem = true
    }

    /// Whether `item` ends in a letter or digit, or is a date or Jira key.
    private static func endsWithWord(_ item: Inline) -> Bool {
        switch item {
        case .text(let text, _): text.unicodeScalars.last.map(isWordCharacter) ?? false
        case .date, .jiraIssue: true
        default: false
        }
    }

    /// Whether decoded text starts with a letter or digit.
    private static func startsWithWord(_ decoded: TextDecoder.Decoded, _ input: UnsafeBufferPointer<UInt8>,
                                       _ decoder: borrowing TextDecoder) -> Bool {
        func startsWithWord(_ bytes: some Collection<UInt8>) -> Bool {
            String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first.map(isWordCharacter) ?? false
        }
        return switch decoded {
        case .empty, .space: false
        case .input(let range, _): startsWithWord(input[range])
        case .scratch: decoder.withScratch { startsWithWord($0) }
        }
    }

    /// Whether `scalar` is a letter or a digit.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Appends a block to the innermost container, ending the paragraph in progress.
    mutating func appendBlock(_ block: consuming Block) {
        paragraphBreak()
        place(block)
    }

    /// Puts a finished block where it reads: in the innermost container, or, written directly inside a list with no item
    /// open (a code block between two steps, a list the editor nested so), in the list's last item, or an item of its own
    /// without a marker before any.
    @inline(__always)
    private mutating func place(_ block: Block) {
        guard let list = lists.last, list.depth == depth else { return blocks.append(block) }
        if listItems.count > list.itemStart {
            listItems.withLast { $0.blocks.append(block) }
        } else {
            listItems.append(ListItem(blocks: [block], showsMarker: false))
        }
    }

    /// Puts a list that nests too deep to nest more into the innermost container, where its items read on after the
    /// list around it: the model's nesting stays bounded.
    mutating func flatten(_ block: consuming Block) {
        blocks.append(block)
    }

    /// Ends the paragraph in progress in the innermost container, dropping it when it shows nothing.
    /// Inlined: most breaks (every block element's start and end) find no paragraph in progress.
    @inline(__always)
    mutating func paragraphBreak() {
        if inlines.count > innermost.inlineStart || pendingText.isActive { endParagraph() }
    }

    /// Ends the innermost container's paragraph in progress, which holds at least one item.
    private mutating func endParagraph() {
        let content = takeTrimmedRun()
        innermost.lastWasSpace = true
        innermost.endsInWordItem = false
        if !content.isEmpty { place(.paragraph(content)) }
    }

    /// Opens a container inside the innermost one.
    mutating func pushContainer(_ role: Container.Role, isChecked: Bool? = nil, hidesMarker: Bool = false) {
        flushPendingText()
        let opened = Container(role: role, blockStart: blocks.count, inlineStart: inlines.count,
                               isChecked: isChecked, hidesMarker: hidesMarker)
        outerContainers.append(innermost)
        innermost = opened
    }

    /// Ends the innermost container's paragraph in progress and takes its blocks out.
    mutating func takeBlocks() -> [Block] {
        paragraphBreak()
        return blocks.take(from: innermost.blockStart)
    }

    /// Closes the innermost container, returning its blocks with its paragraph in progress ended: one step
    /// for what `takeBlocks` and `popContainer` do, with nothing left for the container to drop.
    mutating func popTakingBlocks() -> [Block] {
        let blocks = takeBlocks()
        guard let outer = outerContainers.popLast() else { preconditionFailure("the root container closed") }
        innermost = outer
        return blocks
    }

    /// Closes the innermost container, dropping whatever it still holds.
    @discardableResult
    mutating func popContainer() -> Container {
        guard let outer = outerContainers.popLast() else { preconditionFailure("the root container closed") }
        let container = innermost
        innermost = outer
        pendingText.clear()
        inlines.discard(from: container.inlineStart)
        blocks.discard(from: container.blockStart)
        return container
    }

    mutating func beginCapture(_ purpose: Capture.Purpose) {
        assert(capture == nil, "captures do not nest")
        capture = Capture(purpose: purpose)
    }

    mutating func applyStyle(_ bit: Int, delta: Int32) {
        styleCounts[bit] += delta
        let flag = TextStyle(rawValue: 1 << UInt8(bit))
        if styleCounts[bit] > 0 { style.insert(flag) } else { style.remove(flag) }
    }
}
