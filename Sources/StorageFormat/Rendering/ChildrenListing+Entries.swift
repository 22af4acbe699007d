extension ChildrenListing {
    /// One line of a listing: a page's title and its level below the rendered page (0 for a child).
    struct Entry: Equatable {
        let title: String
        let level: Int
    }

    /// The pages this listing names, depth first, each level ordered, reversed and (the top one) cut as it asks.
    func entries(of pages: [ChildPage]) -> [Entry] {
        var entries: [Entry] = []
        append(first.map { Array(ordered(pages).prefix($0)) } ?? ordered(pages), level: 0, to: &entries)
        return entries
    }

    private func append(_ pages: [ChildPage], level: Int, to entries: inout [Entry]) {
        for page in pages {
            entries.append(Entry(title: page.title, level: level))
            if depth.map({ level + 1 < $0 }) ?? true {
                append(ordered(page.children), level: level + 1, to: &entries)
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
    private func ordered(_ pages: [ChildPage]) -> [ChildPage] {
        let sorted = order == .title
            ? pages.enumerated().sorted { ($0.element.title.lowercased(), $0.offset) < ($1.element.title.lowercased(), $1.offset) }.map(\.element)
            : pages
        return isReversed ? sorted.reversed() : sorted
    }
}
