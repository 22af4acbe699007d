/// A toc or toc-zone macro: renderers generate the entries from the document's headings.
public struct TableOfContents: Sendable, Hashable {
    /// The shallowest heading level listed.
    public var minLevel: Int
    /// The deepest heading level listed.
    public var maxLevel: Int
    /// When set, only headings whose whole text it matches are listed.
    public var include: HeadingPattern?
    /// Headings whose whole text it matches are left out.
    public var exclude: HeadingPattern?
    /// For a toc-zone, the zone it lists; nil for a table of the whole document.
    public var zone: Zone?

    /// The headings a toc-zone lists: those of its body, which its listing precedes or (`followsZone`) follows.
    public struct Zone: Sendable, Hashable {
        /// How many headings the body holds, outside table cells; 0 for a zone inside another (which lists them), and for
        /// any table of contents in a table cell, which lists nothing.
        public var headingCount: Int
        public var followsZone: Bool

        /// Creates a zone of `headingCount` headings.
        public init(headingCount: Int, followsZone: Bool = false) {
            self.headingCount = headingCount
            self.followsZone = followsZone
        }
    }

    /// Creates a table of contents for heading levels `minLevel...maxLevel`, filtered by `include` and `exclude`.
    public init(minLevel: Int = 1, maxLevel: Int = 6, include: HeadingPattern? = nil, exclude: HeadingPattern? = nil,
                zone: Zone? = nil) {
        self.minLevel = min(max(1, minLevel), 6)
        self.maxLevel = max(self.minLevel, min(maxLevel, 6))
        self.include = include
        self.exclude = exclude
        self.zone = zone
    }

    /// Whether `heading` is listed: its level is in range and its text passes the filters.
    func lists(_ heading: Heading) -> Bool {
        guard heading.level >= minLevel && heading.level <= maxLevel else { return false }
        guard include != nil || exclude != nil else { return true }
        // A heading of one text, the usual one, is read as it is; others are flattened.
        let full = if heading.content.count == 1, case .text(let text, _) = heading.content[0] { text }
            else { InlineFlattener.plainText(of: heading.content) }
        let text = Self.trimmed(full)
        return include.map { $0.matches(text) } ?? true && !(exclude.map { $0.matches(text) } ?? false)
    }

    /// `text` without white space at either end.
    private static func trimmed(_ text: String) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<max(start, end)]
    }
}
