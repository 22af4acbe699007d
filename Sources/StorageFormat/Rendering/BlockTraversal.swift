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
    private enum Frame {
        case blocks(ArraySlice<Block>, exit: BlockContainer?, listDepth: Int)
        case items(ListBlock, next: Int, depth: Int)
        case cells(ArraySlice<[Block]>)
    }

    private var stack: [Frame]

    /// Creates a traversal of `blocks`.
    init(_ blocks: [Block]) {
        stack = [.blocks(blocks[...], exit: nil, listDepth: 0)]
    }

    mutating func next() -> BlockEvent? {
        while let frame = stack.popLast() {
            switch frame {
            case .blocks(var slice, let exit, let listDepth):
                guard let block = slice.popFirst() else {
                    if let exit { return .exit(exit) }
                    continue
                }
                stack.append(.blocks(slice, exit: exit, listDepth: listDepth))
                if let event = open(block, listDepth: listDepth) { return event }
            case .items(let list, let next, let depth):
                guard next < list.items.count else { return .exit(.list(list, depth: depth)) }
                stack.append(.items(list, next: next + 1, depth: depth))
                var number = next + 1
                if case .ordered(let start) = list.kind { number = start + next }
                let item = list.items[next]
                let container = BlockContainer.item(list.kind, number: number, item: item, listDepth: depth)
                stack.append(.blocks(item.blocks[...], exit: container, listDepth: depth + 1))
                return .enter(container)
            case .cells(var cells):
                guard let cell = cells.popFirst() else { continue }
                stack.append(.cells(cells))
                stack.append(.blocks(cell[...], exit: .layoutCell, listDepth: 0))
                return .enter(.layoutCell)
            }
        }
        return nil
    }

    /// Pushes what `block` contains; nil when it emits no event of its own (a layout).
    private mutating func open(_ block: Block, listDepth: Int) -> BlockEvent? {
        switch block {
        case .list(let list):
            stack.append(.items(list, next: 0, depth: listDepth))
            return .enter(.list(list, depth: listDepth))
        case .quote(let blocks):
            stack.append(.blocks(blocks[...], exit: .quote, listDepth: listDepth))
            return .enter(.quote)
        case .panel(let panel):
            stack.append(.blocks(panel.blocks[...], exit: .panel(panel), listDepth: listDepth))
            return .enter(.panel(panel))
        case .expand(let expand):
            stack.append(.blocks(expand.blocks[...], exit: .expand(expand), listDepth: listDepth))
            return .enter(.expand(expand))
        case .macro(let macro):
            stack.append(.blocks(macro.blocks[...], exit: .macro(macro), listDepth: listDepth))
            return .enter(.macro(macro))
        case .layout(let sections):
            let cells = sections.flatMap(\.cells)
            stack.append(.cells(cells[...]))
            return nil
        default:
            return .leaf(block)
        }
    }
}
