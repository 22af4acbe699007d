extension Block {
    /// Calls `body` with every block of `blocks` and every block they hold, in reading order (a container
    /// before its content), entering table cells only when `enteringTables`. Iterative: no recursion on
    /// nesting depth.
    static func forEachInReadingOrder(_ blocks: [Block], enteringTables: Bool, _ body: (Block) -> Void) {
        var stack: [ArraySlice<Block>] = [blocks[...]]
        while !stack.isEmpty {
            guard let block = stack[stack.count - 1].popFirst() else {
                stack.removeLast()
                continue
            }
            body(block)
            switch block {
            case .list(let list): for item in list.items.reversed() { stack.append(item.blocks[...]) }
            case .table(let table) where enteringTables:
                for row in table.rows.reversed() { for cell in row.cells.reversed() { stack.append(cell.blocks[...]) } }
            case .quote(let inner): stack.append(inner[...])
            case .panel(let panel): stack.append(panel.blocks[...])
            case .expand(let expand): stack.append(expand.blocks[...])
            case .macro(let macro): stack.append(macro.blocks[...])
            case .layout(let sections):
                for section in sections.reversed() { for cell in section.cells.reversed() { stack.append(cell[...]) } }
            case .heading, .paragraph, .code, .table, .tableOfContents, .rule: break
            }
        }
    }
}
