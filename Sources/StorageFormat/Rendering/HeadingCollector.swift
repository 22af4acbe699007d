/// Collects a document's headings for generated tables of contents.
enum HeadingCollector {
    /// Every heading in reading order, nested ones included, from the blocks a render walks (not table cells).
    static func headings(in blocks: [Block]) -> [Heading] {
        var result: [Heading] = []
        Block.forEachInReadingOrder(blocks, enteringTables: false) { block in
            if case .heading(let heading) = block { result.append(heading) }
        }
        return result
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
