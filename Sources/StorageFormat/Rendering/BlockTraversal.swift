/// A container a traversal enters and leaves.
enum BlockContainer {
    case list
    /// A list item, numbered from the list's start, with what its marker shows (its blocks follow).
    case item(ListBlock.Kind, number: Int, item: ItemMarker, listDepth: Int)
    case quote
    case panel(Panel)
    case expand(Expand)
    case macro(MacroBlock)
    /// One cell of a layout section.
    case layoutCell

    /// Whether a list item shows its marker, and a task item's check: all a visitor reads of it, and
    /// nothing to retain.
    struct ItemMarker {
        var showsMarker: Bool
        var isChecked: Bool?
        /// Whether the item is one block, or a paragraph and a list that interrupts it (see `ListItem.isSimple`).
        var isSimple: Bool
        /// Whether the item is empty or starts with a paragraph (see `ListItem.startsWithParagraph`).
        var startsWithParagraph: Bool
    }
}

/// Walks blocks depth first with an explicit stack, so nesting depth never grows the call stack; the
/// visitor gets each block and container as it is reached, with no event value made in between.
struct BlockTraversal {
    private enum FrameKind {
        case blocks, items, cells
    }

    /// One level of the walk; `index` advances in place. A list's items and a layout's cells are nil
    /// in the other frames (most of them), which so have nothing there to release.
    private struct Frame {
        var kind: FrameKind
        var blocks: [Block] = []
        var items: [ListItem]?
        var listKind = ListBlock.Kind.unordered
        var cells: [[Block]]?
        var index = 0
        var exit: BlockContainer?
        var listDepth: Int
    }

    private let blocks: [Block]
    /// The containers open below the top level, the innermost at `depth - 1`; empty (never allocated)
    /// while the blocks are flat. The frames from `depth` up are closed ones, kept until the next opened
    /// replaces them, so closing a container moves no frame.
    private var stack: [Frame] = []
    private var depth = 0

    /// Creates a traversal of `blocks`.
    init(_ blocks: [Block]) {
        self.blocks = blocks
    }

    /// Reports every block and container to `visitor`, in order; the top level is walked without the
    /// stack.
    mutating func run<Visitor: BlockVisitor>(_ visitor: inout Visitor) {
        for block in blocks {
            open(block, listDepth: 0, visitor: &visitor)
            while depth > 0 { step(&visitor) }
        }
    }

    /// Takes one step in the innermost open container: its leaves up to its next container, or its next
    /// item or cell, or its end.
    private mutating func step<Visitor: BlockVisitor>(_ visitor: inout Visitor) {
        let last = depth - 1
        let index = stack[last].index
        switch stack[last].kind {
        case .blocks:
            // Leaves, most blocks, are reported one after another; the frame's index is written only
            // when a container opens.
            var index = index
            while index < stack[last].blocks.count {
                let block = stack[last].blocks[index]
                index += 1
                switch block {
                case .heading, .paragraph, .code, .table, .tableOfContents, .rule:
                    visitor.leaf(block)
                case .list, .quote, .panel, .expand, .layout, .macro:
                    stack[last].index = index
                    open(block, listDepth: stack[last].listDepth, visitor: &visitor)
                    return
                }
            }
            // The container is moved out before the frame closes: taking it from the closed frame
            // would copy it.
            let exit = stack[last].exit.take()
            depth = last
            if let exit { visitor.exit(exit) }
        case .items:
            guard let count = stack[last].items?.count, index < count else {
                depth = last
                visitor.exit(.list)
                return
            }
            stack[last].index = index + 1
            let kind = stack[last].listKind
            let listDepth = stack[last].listDepth
            var number = index + 1
            if case .ordered(let start) = kind { number = start + index }
            let item = stack[last].items![index]
            let marker = BlockContainer.ItemMarker(showsMarker: item.showsMarker, isChecked: item.isChecked, isSimple: item.isSimple,
                                                       startsWithParagraph: item.startsWithParagraph)
            let container = BlockContainer.item(kind, number: number, item: marker, listDepth: listDepth)
            let blocks = item.blocks
            visitor.enter(container)
            push(Frame(kind: .blocks, blocks: blocks, exit: container, listDepth: listDepth + 1))
        case .cells:
            guard let count = stack[last].cells?.count, index < count else {
                depth = last
                return
            }
            stack[last].index = index + 1
            let cell = stack[last].cells![index]
            push(Frame(kind: .blocks, blocks: cell, exit: .layoutCell, listDepth: 0))
            visitor.enter(.layoutCell)
        }
    }

    /// Reports a leaf, or enters a container and pushes what it holds (a layout is entered silently).
    @inline(__always)
    private mutating func open<Visitor: BlockVisitor>(_ block: Block, listDepth: Int, visitor: inout Visitor) {
        switch block {
        case .list(let list):
            push(Frame(kind: .items, items: list.items, listKind: list.kind, listDepth: listDepth))
            visitor.enter(.list)
        case .quote(let blocks):
            visitor.enter(.quote)
            push(Frame(kind: .blocks, blocks: blocks, exit: .quote, listDepth: listDepth))
        case .panel(let panel):
            enter(.panel(panel), holding: panel.blocks, listDepth: listDepth, visitor: &visitor)
        case .expand(let expand):
            enter(.expand(expand), holding: expand.blocks, listDepth: listDepth, visitor: &visitor)
        case .macro(let macro):
            enter(.macro(macro), holding: macro.blocks, listDepth: listDepth, visitor: &visitor)
        case .layout(let sections):
            push(Frame(kind: .cells, cells: sections.flatMap { $0.cells }, listDepth: listDepth))
        default:
            visitor.leaf(block)
        }
    }

    /// Reports `container` and pushes its `blocks`: reported first, so the frame takes the container
    /// without a copy.
    private mutating func enter<Visitor: BlockVisitor>(
        _ container: BlockContainer, holding blocks: [Block], listDepth: Int, visitor: inout Visitor
    ) {
        visitor.enter(container)
        push(Frame(kind: .blocks, blocks: blocks, exit: container, listDepth: listDepth))
    }

    /// Opens a container in the first closed frame's place or a new one, making room for a few levels at the first.
    private mutating func push(_ frame: consuming Frame) {
        if depth < stack.count {
            stack[depth] = frame
        } else {
            if stack.capacity == 0 { stack.reserveCapacity(8) }
            stack.append(frame)
        }
        depth += 1
    }
}
