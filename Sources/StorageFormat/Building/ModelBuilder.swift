/// Builds the document model from the balanced element stream, with explicit stacks only.
///
/// - Note: Block containers nest at most `maxContainerDepth` deep in the model; deeper input flows
///   into the deepest container, so every later pass over the model has bounded depth. The cap stays
///   (rather than being lifted now that traversal is iterative) because tables render each cell with a
///   nested renderer and each level of a list, quote or frame takes terminal columns: at 32 levels a
///   100-column terminal is already down to the minimum content width, so deeper levels could not be
///   shown apart anyway, and the cap bounds that nesting, and the model's own teardown, for 100,000-deep input.
struct ModelBuilder: TreeSink {
    /// The deepest block nesting the model keeps.
    static var maxContainerDepth: Int { 32 }

    let input: UnsafeBufferPointer<UInt8>
    var decoder = TextDecoder()
    var containers: [Container] = [Container(role: .root)]
    var actions: [OpenAction] = []
    var skipDepth = 0
    /// How many open elements apply each style bit (a vector, so a parse allocates none for it).
    var styleCounts = SIMD8<Int32>()
    var style: TextStyle = []
    var preDepth = 0
    var lists: [ListState] = []
    var tables: [TableState] = []
    var macros: [MacroState] = []
    var links: [LinkState] = []
    var images: [ImageState] = []
    var captures: [Capture] = []
    var layouts: [[LayoutSection]] = []
    var adfNodes: [AdfState] = []
    var resourceSinks: [ResourceSink] = []

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        actions.reserveCapacity(32)  // under malloc's 1 KiB large-request size, as the tree builder's stack
    }

    /// The finished top-level blocks.
    mutating func finish() -> [Block] {
        containers[0].finishedBlocks()
    }

    /// Whether another nested block container still fits in the model.
    var canNest: Bool { containers.count < Self.maxContainerDepth }

    mutating func text(_ range: Range<Int>) {
        appendText(range, entities: true)
    }

    mutating func cdata(_ range: Range<Int>) {
        if skipDepth > 0 { return }
        if !captures.isEmpty {
            let last = captures.count - 1
            guard captures[last].keepsText else { return }
            var unused = false
            let text = decoder.decode(input, range, entities: false, collapse: false, lastWasSpace: &unused)
            captures[last].text += text
            captures[last].cdataText += text
            captures[last].sawCDATA = true
            return
        }
        appendText(range, entities: false)
    }

    private mutating func appendText(_ range: Range<Int>, entities: Bool) {
        if skipDepth > 0 { return }
        if !captures.isEmpty {
            let last = captures.count - 1
            guard captures[last].keepsText else { return }
            var unused = false
            let text = decoder.decode(input, range, entities: entities, collapse: false, lastWasSpace: &unused)
            captures[last].text += text
            if text.withUTF8Buffer({ $0.contains { $0 > 0x20 } }) { captures[last].cdataText += text }
            return
        }
        let last = containers.count - 1
        if preDepth > 0 {
            var unused = false
            let text = decoder.decode(input, range, entities: entities, collapse: false, lastWasSpace: &unused)
            if !text.isEmpty { containers[last].append(.text(text, style)) }
            return
        }
        var lastWasSpace = containers[last].lastWasSpace
        let text = decoder.decode(input, range, entities: entities, collapse: true, lastWasSpace: &lastWasSpace)
        guard !text.isEmpty else { return }
        containers[last].lastWasSpace = lastWasSpace
        containers[last].appendText(text, style)
    }

    /// Appends an inline item to the innermost container.
    mutating func appendInline(_ inline: consuming Inline) {
        containers[containers.count - 1].append(inline)
    }

    /// Appends a block to the innermost container, ending the paragraph in progress.
    mutating func appendBlock(_ block: consuming Block) {
        containers[containers.count - 1].append(block)
    }

    /// Ends the paragraph in progress in the innermost container.
    mutating func paragraphBreak() {
        containers[containers.count - 1].flushParagraph()
    }

    mutating func pushContainer(_ container: consuming Container) {
        containers.append(container)
    }

    mutating func beginCapture(_ purpose: Capture.Purpose) {
        captures.append(Capture(purpose: purpose))
        resourceSinks.append(.capture)
    }

    mutating func applyStyle(_ bit: Int, delta: Int32) {
        styleCounts[bit] += delta
        let flag = TextStyle(rawValue: 1 << UInt8(bit))
        if styleCounts[bit] > 0 { style.insert(flag) } else { style.remove(flag) }
    }
}
