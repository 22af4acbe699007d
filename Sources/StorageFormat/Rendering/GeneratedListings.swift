/// The listings a render generates rather than reads from the body: a table of contents from the document's headings,
/// and the pages a `children` macro names from the caller's. Each is listed once, by the first macro asking for it
/// (later ones show their marker alone), and a toc-zone lists its own headings (one inside another, none), so a body
/// of many such macros renders in time and space linear in its size.
final class GeneratedListings {
    private let blocks: [Block]
    private var collected: HeadingCollection?
    private var hasListedHeadings = false
    /// How many tables of contents `entriesToMeasure` has measured with their entries.
    private var listingsMeasured = 0
    /// How many toc-zone listings the render has reached.
    private var zonesReached = 0
    private var hasListedChildren = false

    /// Listings for the document `blocks`.
    init(_ blocks: [Block]) {
        self.blocks = blocks
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
        let entries = upcomingEntries(for: toc)
        if let zone = toc.zone {
            if zone.headingCount > 0 { zonesReached += 1 }
        } else {
            hasListedHeadings = true
        }
        return entries
    }

    /// What `entries(for: toc)` would list now, for measuring the table cell it is in before the cell is drawn. Past
    /// `measuredListingLimit` such tables of contents a toc measures as listing nothing: only the first drawn lists the
    /// headings, and a body of many cells holding tocs then measures in time linear in its size.
    func entriesToMeasure(for toc: TableOfContents) -> [(depth: Int, heading: Heading, index: Int)] {
        if toc.zone == nil {
            guard listingsMeasured < Self.measuredListingLimit else { return [] }
            listingsMeasured += 1
        }
        return upcomingEntries(for: toc)
    }

    /// How many tables of contents in table cells are measured with their entries.
    static var measuredListingLimit: Int { 8 }

    /// What `entries(for: toc)` would list now, without counting it as listed.
    private func upcomingEntries(for toc: TableOfContents) -> [(depth: Int, heading: Heading, index: Int)] {
        let headings = collection.headings
        let zoneStarts = collection.zoneStarts
        guard let zone = toc.zone else {
            guard !hasListedHeadings else { return [] }
            return HeadingCollector.entries(for: toc, in: headings, range: headings.indices)
        }
        guard zone.headingCount > 0, zonesReached < zoneStarts.count, case let start = zoneStarts[zonesReached], start >= 0,
              start + zone.headingCount <= headings.count else { return [] }
        return HeadingCollector.entries(for: toc, in: headings, range: start..<(start + zone.headingCount))
    }

    /// The pages `macro` names with their levels: the caller's child pages for the document's first `children` macro
    /// listing them, none for any other macro.
    func childEntries(namedBy macro: MacroBlock, options: RenderOptions) -> [ChildrenListing.Entry] {
        guard let listing = macro.childrenListing, !hasListedChildren else { return [] }
        hasListedChildren = true
        return listing.entries(of: options.childPages)
    }
}
