/// A container a traversal enters and leaves.
enum BlockContainer {
    case list
    /// A list item, numbered from the list's start.
    case item(ListBlock.Kind, number: Int, item: ListItem, listDepth: Int)
    case quote
    case panel(Panel)
    case expand(Expand)
    case macro(MacroBlock)
    /// One cell of a layout section.
    case layoutCell
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
    /// The containers open below the top level; empty (never allocated) while the blocks are flat.
    private var stack: [Frame] = []

    /// Creates a traversal of `blocks`.
    init(_ blocks: [Block]) {
        self.blocks = blocks
    }

    /// Reports every block and container to `visitor`, in order; the top level is walked without the
    /// stack.
    mutating func run<Visitor: BlockVisitor>(_ visitor: inout Visitor) {
        for block in blocks {
            open(block, listDepth: 0, visitor: &visitor)
            while !stack.isEmpty { step(&visitor) }
        }
    }

    /// Takes one step in the innermost open container.
    private mutating func step<Visitor: BlockVisitor>(_ visitor: inout Visitor) {
        let last = stack.count - 1
        let index = stack[last].index
        switch stack[last].kind {
        case .blocks:
            guard index < stack[last].blocks.count else {
                // The container is moved out before the frame goes: taking it from the removed frame
                // would copy it.
                let exit = stack[last].exit.take()
                stack.removeLast()
                if let exit { visitor.exit(exit) }
                return
            }
            stack[last].index = index + 1
            let block = stack[last].blocks[index]
            open(block, listDepth: stack[last].listDepth, visitor: &visitor)
        case .items:
            guard let count = stack[last].items?.count, index < count else {
                stack.removeLast()
                visitor.exit(.list)
                return
            }
            stack[last].index = index + 1
            let kind = stack[last].listKind
            let depth = stack[last].listDepth
            var number = index + 1
            if case .ordered(let start) = kind { number = start + index }
            let item = stack[last].items![index]
            let blocks = item.blocks
            // Reported before its frame is pushed, so the frame takes the container without a copy.
            let container = BlockContainer.item(kind, number: number, item: item, listDepth: depth)
            visitor.enter(container)
            push(Frame(kind: .blocks, blocks: blocks, exit: container, listDepth: depth + 1))
        case .cells:
            guard let count = stack[last].cells?.count, index < count else {
                stack.removeLast()
                return
            }
            stack[last].index = index + 1
            let cell = stack[last].cells![index]
            push(Frame(kind: .blocks, blocks: cell, exit: .layoutCell, listDepth: 0))
            visitor.enter(.layoutCell)
        }
    }

    /// Reports a leaf, or enters a container and pushes what it holds (a layout is entered silently).
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

    /// Opens a container, making room for a few levels at the first.
    private mutating func push(_ frame: Frame) {
        if stack.capacity == 0 { stack.reserveCapacity(8) }
        stack.append(frame)
    }
}
