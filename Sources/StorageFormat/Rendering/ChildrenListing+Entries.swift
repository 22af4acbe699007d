extension ChildrenListing {
    /// One line of a listing: a page's title and its level below the rendered page (0 for a child).
    struct Entry: Equatable {
        let title: String
        let level: Int
    }

    /// The pages this listing names, depth first, each level ordered, reversed and (the top one) cut as it asks.
    func entries(of pages: [ChildPage]) -> [Entry] {
        var entries: [Entry] = []
        append(shown(pages, title: \.title), level: 0, to: &entries)
        return entries
    }

    /// The top-level pages this listing shows, in its order: ordered, reversed and cut to `first`. A caller fetching
    /// descendants needs to descend into these alone.
    public func shown<Page>(_ pages: [Page], title: (Page) -> String) -> [Page] {
        let listed = ordered(pages, title: title)
        return first.map { Array(listed.prefix($0)) } ?? listed
    }

    private func append(_ pages: [ChildPage], level: Int, to entries: inout [Entry]) {
        for page in pages {
            entries.append(Entry(title: page.title, level: level))
            if depth.map({ level + 1 < $0 }) ?? true {
                append(ordered(page.children, title: \.title), level: level + 1, to: &entries)
            }
        }
    }

    /// `entries` on one line, each page's own listed children in parentheses after it: `A (A1, A2), B`.
    static func joined(_ entries: [Entry]) -> String {
        var text = ""
        var level = 0
        for (index, entry) in entries.enumerated() {
            if index > 0 {
                text += entry.level > level ? " (" : String(repeating: ")", count: level - entry.level) + ", "
            }
            level = entry.level
            text += entry.title
        }
        return text + String(repeating: ")", count: level)
    }

    /// `pages` in this listing's order: sorted by title (a stable sort) for `title`, else as the caller passed them (the
    /// site's order, or for `creation` and `modified` the order the caller fetched them in); then reversed.
    private func ordered<Page>(_ pages: [Page], title: (Page) -> String) -> [Page] {
        let sorted = order == .title
            ? pages.enumerated().map { (key: title($0.element).lowercased(), offset: $0.offset, page: $0.element) }
                .sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }.map(\.page)
            : pages
        return isReversed ? sorted.reversed() : sorted
    }
}
