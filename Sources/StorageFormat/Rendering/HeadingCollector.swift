/// Collects a document's headings for generated tables of contents.
enum HeadingCollector {
    /// Every heading in reading order, nested ones included, from the blocks a render walks (not table cells).
    ///
    /// The order is `Block.forEachInReadingOrder`'s, but only headings and containers are copied out:
    /// a container leaves where to resume and its blocks (the first on top) on a stack.
    static func headings(in blocks: [Block]) -> [Heading] {
        var result: [Heading] = []
        var pending: [(blocks: [Block], index: Int)] = []
        var current = blocks
        var index = 0
        while true {
            guard index < current.count else {
                guard let next = pending.popLast() else { return result }
                (current, index) = next
                continue
            }
            index += 1
            switch current[index - 1] {
            case .heading(let heading):
                if result.capacity == 0 { result.reserveCapacity(16) }
                result.append(heading)
                continue
            case .paragraph, .code, .table, .tableOfContents, .rule:
                continue
            case .list, .quote, .panel, .expand, .macro, .layout:
                break
            }
            if pending.capacity == 0 { pending.reserveCapacity(8) }
            pending.append((current, index))
            switch current[index - 1] {
            case .list(let list): for item in list.items.reversed() { pending.append((item.blocks, 0)) }
            case .quote(let blocks): pending.append((blocks, 0))
            case .panel(let panel): pending.append((panel.blocks, 0))
            case .expand(let expand): pending.append((expand.blocks, 0))
            case .macro(let macro): pending.append((macro.blocks, 0))
            case .layout(let sections):
                for section in sections.reversed() { for cell in section.cells.reversed() { pending.append((cell, 0)) } }
            case .heading, .paragraph, .code, .table, .tableOfContents, .rule:
                break
            }
            (current, index) = pending.removeLast()
        }
    }

    /// The headings a table of contents lists, with their indentation depth.
    static func entries(for toc: TableOfContents, in headings: [Heading]) -> [(depth: Int, heading: Heading)] {
        var entries: [(depth: Int, heading: Heading)] = []
        for heading in headings where heading.level >= toc.minLevel && heading.level <= toc.maxLevel {
            if entries.capacity == 0 { entries.reserveCapacity(headings.count) }
            entries.append((depth: heading.level - toc.minLevel, heading: heading))
        }
        return entries
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
