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

/// One step of a depth-first walk over blocks.
enum BlockEvent {
    /// A block without nested blocks: heading, paragraph, code, table, table of contents or rule.
    case leaf(Block)
    case enter(BlockContainer)
    case exit(BlockContainer)
}

/// Walks blocks depth first with an explicit stack, so nesting depth never grows the call stack.
struct BlockTraversal: Sequence, IteratorProtocol {
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

    mutating func next() -> BlockEvent? {
        while !stack.isEmpty {
            let last = stack.count - 1
            let index = stack[last].index
            switch stack[last].kind {
            case .blocks:
                guard index < stack[last].blocks.count else {
                    let exit = stack.removeLast().exit
                    if let exit { return .exit(exit) }
                    continue
                }
                stack[last].index = index + 1
                let block = stack[last].blocks[index]
                if let event = open(block, listDepth: stack[last].listDepth) { return event }
            case .items:
                let list = stack[last].list!
                let depth = stack[last].listDepth
                guard index < list.items.count else {
                    stack.removeLast()
                    return .exit(.list(list, depth: depth))
                }
                stack[last].index = index + 1
                var number = index + 1
                if case .ordered(let start) = list.kind { number = start + index }
                let item = list.items[index]
                let container = BlockContainer.item(list.kind, number: number, item: item, listDepth: depth)
                stack.append(Frame(kind: .blocks, blocks: item.blocks, exit: container, listDepth: depth + 1))
                return .enter(container)
            case .cells:
                guard index < stack[last].cells.count else {
                    stack.removeLast()
                    continue
                }
                stack[last].index = index + 1
                let cell = stack[last].cells[index]
                stack.append(Frame(kind: .blocks, blocks: cell, exit: .layoutCell, listDepth: 0))
                return .enter(.layoutCell)
            }
        }
        return nil
    }

    /// Pushes what `block` contains; nil when it emits no event of its own (a layout).
    private mutating func open(_ block: Block, listDepth: Int) -> BlockEvent? {
        switch block {
        case .list(let list):
            stack.append(Frame(kind: .items, list: list, listDepth: listDepth))
            return .enter(.list(list, depth: listDepth))
        case .quote(let blocks):
            stack.append(Frame(kind: .blocks, blocks: blocks, exit: .quote, listDepth: listDepth))
            return .enter(.quote)
        case .panel(let panel):
            stack.append(Frame(kind: .blocks, blocks: panel.blocks, exit: .panel(panel), listDepth: listDepth))
            return .enter(.panel(panel))
        case .expand(let expand):
            stack.append(Frame(kind: .blocks, blocks: expand.blocks, exit: .expand(expand), listDepth: listDepth))
            return .enter(.expand(expand))
        case .macro(let macro):
            stack.append(Frame(kind: .blocks, blocks: macro.blocks, exit: .macro(macro), listDepth: listDepth))
            return .enter(.macro(macro))
        case .layout(let sections):
            stack.append(Frame(kind: .cells, cells: sections.flatMap { $0.cells }, listDepth: listDepth))
            return nil
        default:
            return .leaf(block)
        }
    }
}
