/// A document's headings as its generated listings read them.
struct HeadingCollection {
    /// Every heading a render walks, in reading order, not those in table cells: what tables of contents list.
    var headings: [Heading] = []
    /// For each toc-zone listing met on the way, in order, the index in `headings` of its zone's first heading.
    var zoneStarts: [Int] = []
    /// Every heading in the order Markdown writes them, those in table cells too: GitHub numbers repeated anchors so.
    var written: [Heading] = []
    /// For each of `headings`, its index in `written`.
    var writtenIndex: [Int] = []
}
