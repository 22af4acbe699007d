/// Builds a properly nested element stream from tolerant tokens, applying HTML's implied-end rules
/// for `p`, `li`, `dt`/`dd`, `tr`, `td`/`th` and table sections, and recovering from mis-nested and
/// unclosed tags. It keeps an explicit stack of open elements and never recurses.
///
/// - Note: Searches down the open-element stack are bounded (`searchLimit`), so deeply nested or
///   adversarial input stays linear.
struct TreeBuilder<Sink: TreeSink>: TokenHandler {
    /// How far down the stack an end tag or an implied end may look for its element.
    static var searchLimit: Int { 256 }

    var sink: Sink
    /// Freed by `finish()`: a builder is used in place (`Tokenizer.run` takes it inout), never copied.
    private var stack = OpenElements()

    /// Creates a builder that forwards to `sink`.
    init(sink: Sink) {
        self.sink = sink
    }

    mutating func text(_ range: Range<Int>) { sink.text(range) }

    mutating func cdata(_ range: Range<Int>) { sink.cdata(range) }

    mutating func startTag(_ name: ElementName, hash: UInt64, selfClosing: Bool, attributes: AttributeList) {
        applyImpliedEnds(before: name)
        sink.start(name, attributes: attributes)
        if selfClosing || name.isVoid {
            sink.end(name)
        } else {
            stack.push(OpenElements.Element(name: name, hash: hash))
        }
    }

    var innermost: (name: ElementName, hash: UInt64)? { stack.last.map { ($0.name, $0.hash) } }

    @inline(__always)
    mutating func endTag(hash: UInt64) {
        if let top = stack.last, top.hash == hash {  // the usual case: the innermost element closes
            sink.end(stack.pop())
            return
        }
        endOuterElement(hash: hash)
    }

    /// Closes the element an end tag names when it is not the innermost, if it is open and nothing blocks.
    private mutating func endOuterElement(hash: UInt64) {
        let name = ElementName.Index.shared.name(hash: hash)  // rare: no copy of the index kept for it
        if name == .br {  // `</br>` is a line break, as HTML reads it
            startTag(name, hash: hash, selfClosing: true, attributes: .none)
            return
        }
        guard stack.isOpen(name) else { return }
        var index = stack.count - 1
        let lowest = max(0, stack.count - Self.searchLimit)
        while index >= lowest {
            let element = stack[index]
            if element.name == name && element.hash == hash {
                if name.isInlineFormatting {
                    popReopeningStyles(to: index)
                } else {
                    popTo(index)
                }
                return
            }
            if blocksEndTag(name, at: element.name) { return }
            index -= 1
        }
    }

    mutating func finish() {
        if stack.count > 0 { popTo(0) }
        stack.release()
    }

    /// Whether an open `element` stops the search for the end tag of `name`.
    private func blocksEndTag(_ name: ElementName, at element: ElementName) -> Bool {
        if name.isConfluence { return false }
        switch name {
        case .table:
            return false
        case .tr, .thead, .tbody, .tfoot:
            return element == .table
        case .td, .th:
            return element == .tr || element == .table
        default:
            // A macro's body, parameter or caption does not stop it: one left unclosed ends with the paragraph or item
            // around it rather than taking in the rest of the page.
            return element == .td || element == .th || element == .table || element == .caption
        }
    }

    /// Closes what HTML closes implicitly when `name` starts.
    private mutating func applyImpliedEnds(before name: ElementName) {
        guard stack.count > 0 else { return }
        if let top = stack.last?.name, top.isConfluence || top.isInlineFormatting, name.startsBlock { closeBlocklessParts() }
        switch name {
        case .h1, .h2, .h3, .h4, .h5, .h6:
            // As in HTML, a heading does not hold another: the open one ends.
            if stack.last?.name.headingLevel != nil { sink.end(stack.pop()) }
        case .li where stack.isOpen(.li):
            closeNearest({ $0 == .li }, stoppingAt: { $0 == .ul || $0 == .ol || $0 == .table || $0 == .td || $0 == .th || $0.isConfluenceContainer })
        case .dt where stack.isOpen(.dt) || stack.isOpen(.dd), .dd where stack.isOpen(.dt) || stack.isOpen(.dd):
            closeNearest({ $0 == .dt || $0 == .dd }, stoppingAt: { $0 == .dl || $0 == .table || $0 == .td || $0 == .th || $0.isConfluenceContainer })
        case .tr where stack.isOpen(.tr):
            closeNearest({ $0 == .tr }, stoppingAt: { $0 == .table || $0.isTableSection })
        case .td where stack.isOpen(.td) || stack.isOpen(.th), .th where stack.isOpen(.td) || stack.isOpen(.th):
            closeNearest({ $0 == .td || $0 == .th }, stoppingAt: { $0 == .tr || $0 == .table })
        case .thead, .tbody, .tfoot:
            closeNearest({ $0.isTableSection }, stoppingAt: { $0 == .table })
        default:
            break
        }
        if name.closesParagraph && stack.isOpen(.p) {
            var index = stack.count - 1
            let lowest = max(0, stack.count - Self.searchLimit)
            while index >= lowest {
                let element = stack[index].name
                if element == .p {
                    popTo(index)
                    return
                }
                if !element.isWithinText { return }
                index -= 1
            }
        }
    }

    /// Closes the macro parts open around a block's start that never hold blocks (a macro outside its body, a parameter)
    /// with the text elements inside them: one left unclosed ends where the next block begins rather than taking in the
    /// rest of the page.
    private mutating func closeBlocklessParts() {
        var index = stack.count - 1
        let lowest = max(0, stack.count - Self.searchLimit)
        var outermost: Int?
        while index >= lowest {
            let element = stack[index].name
            if element.holdsNoBlocks {
                outermost = index
            } else if !element.isWithinText {
                break
            }
            index -= 1
        }
        if let outermost { popTo(outermost) }
    }

    private mutating func closeNearest(_ isTarget: (ElementName) -> Bool, stoppingAt boundary: (ElementName) -> Bool) {
        var index = stack.count - 1
        let lowest = max(0, stack.count - Self.searchLimit)
        while index >= lowest {
            let element = stack[index].name
            if isTarget(element) {
                popTo(index)
                return
            }
            if boundary(element) { return }
            index -= 1
        }
    }

    /// Pops down to and including the formatting element at `index`, then starts again the styles it closed above
    /// it, as HTML does: `<b><i>x</b>y</i>` keeps `y` italic. At most three are, so a run of misnested tags stays linear.
    private mutating func popReopeningStyles(to index: Int) {
        let open = stack
        let reopened = Array(((index + 1)..<open.count).lazy.map { open[$0] }.filter(\.name.isReopenedStyle).prefix(3))
        popTo(index)
        for element in reopened {
            sink.start(element.name, attributes: .none)
            stack.push(element)
        }
    }

    /// Pops and ends every element from the top of the stack down to and including `index`.
    private mutating func popTo(_ index: Int) {
        while stack.count > index {
            sink.end(stack.pop())
        }
    }
}
