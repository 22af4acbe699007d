/// A container a traversal enters and leaves.
enum BlockContainer {
    /// A list; `depth` counts enclosing lists.
    case list(ListBlock, depth: Int)
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

    /// One level of the walk; `index` advances in place.
    private struct Frame {
        var kind: FrameKind
        var blocks: [Block] = []
        var list: ListBlock?
        var cells: [[Block]] = []
        var index = 0
        var exit: BlockContainer?
        var listDepth: Int
    }

    private var stack: [Frame]

    /// Creates a traversal of `blocks`.
    init(_ blocks: [Block]) {
        stack = [Frame(kind: .blocks, blocks: blocks, listDepth: 0)]
        stack.reserveCapacity(4)
    }

    /// Reports every block and container to `visitor`, in order.
    mutating func run<Visitor: BlockVisitor>(_ visitor: inout Visitor) {
        while !stack.isEmpty {
            let last = stack.count - 1
            let index = stack[last].index
            switch stack[last].kind {
            case .blocks:
                guard index < stack[last].blocks.count else {
                    if let exit = stack.removeLast().exit { visitor.exit(exit) }
                    continue
                }
                stack[last].index = index + 1
                let block = stack[last].blocks[index]
                open(block, listDepth: stack[last].listDepth, visitor: &visitor)
            case .items:
                let list = stack[last].list!
                let depth = stack[last].listDepth
                guard index < list.items.count else {
                    stack.removeLast()
                    visitor.exit(.list(list, depth: depth))
                    continue
                }
                stack[last].index = index + 1
                var number = index + 1
                if case .ordered(let start) = list.kind { number = start + index }
                let item = list.items[index]
                let container = BlockContainer.item(list.kind, number: number, item: item, listDepth: depth)
                stack.append(Frame(kind: .blocks, blocks: item.blocks, exit: container, listDepth: depth + 1))
                visitor.enter(container)
            case .cells:
                guard index < stack[last].cells.count else {
                    stack.removeLast()
                    continue
                }
                stack[last].index = index + 1
                let cell = stack[last].cells[index]
                stack.append(Frame(kind: .blocks, blocks: cell, exit: .layoutCell, listDepth: 0))
                visitor.enter(.layoutCell)
            }
        }
    }

    /// Reports a leaf, or enters a container and pushes what it holds (a layout is entered silently).
    private mutating func open<Visitor: BlockVisitor>(_ block: Block, listDepth: Int, visitor: inout Visitor) {
        switch block {
        case .list(let list):
            stack.append(Frame(kind: .items, list: list, listDepth: listDepth))
            visitor.enter(.list(list, depth: listDepth))
        case .quote(let blocks):
            stack.append(Frame(kind: .blocks, blocks: blocks, exit: .quote, listDepth: listDepth))
            visitor.enter(.quote)
        case .panel(let panel):
            stack.append(Frame(kind: .blocks, blocks: panel.blocks, exit: .panel(panel), listDepth: listDepth))
            visitor.enter(.panel(panel))
        case .expand(let expand):
            stack.append(Frame(kind: .blocks, blocks: expand.blocks, exit: .expand(expand), listDepth: listDepth))
            visitor.enter(.expand(expand))
        case .macro(let macro):
            stack.append(Frame(kind: .blocks, blocks: macro.blocks, exit: .macro(macro), listDepth: listDepth))
            visitor.enter(.macro(macro))
        case .layout(let sections):
            stack.append(Frame(kind: .cells, cells: sections.flatMap { $0.cells }, listDepth: listDepth))
        default:
            visitor.leaf(block)
        }
    }
}
