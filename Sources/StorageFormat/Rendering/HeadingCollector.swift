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

    /// The headings a table of contents lists, with their indentation depth and their index among `headings`.
    static func entries(for toc: TableOfContents, in headings: [Heading]) -> [(depth: Int, heading: Heading, index: Int)] {
        let listed = headings.indices.filter { headings[$0].level >= toc.minLevel && headings[$0].level <= toc.maxLevel }
        // Depths count from the shallowest heading listed, and go at most one deeper than the entry before: a list
        // starting at h3, or jumping from h1 to h4, nests as a reader expects (and Markdown reads no code block).
        let shallowest = listed.map { headings[$0].level }.min() ?? 0
        var previous = -1
        return listed.map { index in
            previous = min(headings[index].level - shallowest, previous + 1)
            return (depth: previous, heading: headings[index], index: index)
        }
    }
}
