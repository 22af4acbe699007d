/// Collects a document's headings for generated tables of contents.
enum HeadingCollector {
    /// Every heading in reading order, nested ones included, from the blocks a render walks (not table
    /// cells); only the block lists are stacked, as no container events are needed.
    static func headings(in blocks: [Block]) -> [Heading] {
        var result: [Heading] = []
        var stack: [ArraySlice<Block>] = [blocks[...]]
        while !stack.isEmpty {
            guard let block = stack[stack.count - 1].popFirst() else {
                stack.removeLast()
                continue
            }
            switch block {
            case .heading(let heading): result.append(heading)
            case .list(let list): for item in list.items.reversed() { stack.append(item.blocks[...]) }
            case .quote(let inner): stack.append(inner[...])
            case .panel(let panel): stack.append(panel.blocks[...])
            case .expand(let expand): stack.append(expand.blocks[...])
            case .macro(let macro): stack.append(macro.blocks[...])
            case .layout(let sections):
                for section in sections.reversed() { for cell in section.cells.reversed() { stack.append(cell[...]) } }
            case .paragraph, .table, .code, .tableOfContents, .rule: break
            }
        }
        return result
    }

    /// The headings a table of contents lists, with their indentation depth.
    static func entries(for toc: TableOfContents, in headings: [Heading]) -> [(depth: Int, heading: Heading)] {
        headings.filter { $0.level >= toc.minLevel && $0.level <= toc.maxLevel }
            .map { (depth: $0.level - toc.minLevel, heading: $0) }
    }
}

/// The document's headings, collected only when a table of contents asks for them.
final class HeadingSource {
    private let blocks: [Block]
    private var collected: [Heading]?

    init(_ blocks: [Block]) { self.blocks = blocks }

    /// Every heading of the document, collected on first use.
    var headings: [Heading] {
        if let collected { return collected }
        let headings = HeadingCollector.headings(in: blocks)
        collected = headings
        return headings
    }
}
