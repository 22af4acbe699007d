/// Collects a document's headings for generated tables of contents.
enum HeadingCollector {
    /// The headings of `blocks` (see `HeadingCollection`). Each table's cells are walked once, by the walk the table
    /// is met in, for the headings Markdown writes there.
    static func collect(in blocks: [Block]) -> HeadingCollection {
        var collection = HeadingCollection()
        Block.forEachInReadingOrder(blocks, enteringTables: false) { block in
            switch block {
            case .heading(let heading):
                collection.headings.append(heading)
                collection.writtenIndex.append(collection.written.count)
                collection.written.append(heading)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells {
                        Block.forEachInReadingOrder(cell.blocks, enteringTables: true) { inner in
                            if case .heading(let heading) = inner { collection.written.append(heading) }
                        }
                    }
                }
            case .tableOfContents(let toc):
                // Zones that list nothing (in another zone, or a table cell) take no place, as `entries` reads them.
                if let zone = toc.zone, zone.headingCount > 0 {
                    collection.zoneStarts.append(collection.headings.count - (zone.followsZone ? zone.headingCount : 0))
                }
            default: break
            }
        }
        return collection
    }

    /// How many headings `collect` finds in `blocks`.
    static func count(in blocks: [Block]) -> Int {
        var count = 0
        Block.forEachInReadingOrder(blocks, enteringTables: false) { block in
            if case .heading = block { count += 1 }
        }
        return count
    }

    /// The headings among `headings[range]` a table of contents lists, with their indentation depth and their index.
    static func entries(for toc: TableOfContents, in headings: [Heading], range: Range<Int>) -> [(depth: Int, heading: Heading, index: Int)] {
        let listed = range.filter { toc.lists(headings[$0]) }
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
