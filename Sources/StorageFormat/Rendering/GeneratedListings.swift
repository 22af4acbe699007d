/// The listings a render generates rather than reads from the body: a table of contents from the document's headings,
/// and the pages a `children` macro names from the caller's. Each is listed once, by the first macro asking for it
/// (later ones show their marker alone), and a toc-zone lists its own headings (one inside another, none), so a body
/// of many such macros renders in time and space linear in its size.
final class GeneratedListings {
    private let blocks: [Block]
    private var collected: HeadingCollection?
    private var hasListedHeadings = false
    /// How many toc-zone listings the render has reached.
    private var zonesReached = 0
    private var hasListedChildren = false
    /// The document's listings, for a table cell rendered on its own: the child pages are listed once per document.
    private let document: GeneratedListings?

    /// Listings for `blocks`, a whole document or (`within` its document's) a table cell rendered on its own.
    init(_ blocks: [Block], within document: GeneratedListings? = nil) {
        self.blocks = blocks
        self.document = document
    }

    /// The headings of `blocks`, collected at the first ask.
    var collection: HeadingCollection {
        if let collected { return collected }
        let collection = HeadingCollector.collect(in: blocks)
        collected = collection
        return collection
    }

    /// The headings the table of contents `toc` lists with their depths and their indices in `headings`: for a
    /// toc-zone those of its zone, for the document's first toc those of `blocks`, and none for a later one. A render
    /// reaches toc-zone listings in the order `HeadingCollector` met them, so the n-th is the n-th zone.
    func entries(for toc: TableOfContents) -> [(depth: Int, heading: Heading, index: Int)] {
        let headings = collection.headings
        let zoneStarts = collection.zoneStarts
        guard let zone = toc.zone else {
            guard !hasListedHeadings else { return [] }
            hasListedHeadings = true
            return HeadingCollector.entries(for: toc, in: headings, range: headings.indices)
        }
        guard zone.headingCount > 0 else { return [] }
        defer { zonesReached += 1 }
        guard zonesReached < zoneStarts.count, case let start = zoneStarts[zonesReached], start >= 0,
              start + zone.headingCount <= headings.count else { return [] }
        return HeadingCollector.entries(for: toc, in: headings, range: start..<(start + zone.headingCount))
    }

    /// The pages `macro` names with their levels: the caller's child pages for the document's first `children` macro
    /// listing them, none for any other macro.
    func childEntries(namedBy macro: MacroBlock, options: RenderOptions) -> [ChildrenListing.Entry] {
        if let document { return document.childEntries(namedBy: macro, options: options) }
        guard let listing = macro.childrenListing, !hasListedChildren else { return [] }
        hasListedChildren = true
        return listing.entries(of: options.childPages)
    }
}
