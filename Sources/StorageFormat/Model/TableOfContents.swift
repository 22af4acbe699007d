/// A toc macro: renderers generate the entries from the document's headings.
public struct TableOfContents: Sendable, Hashable {
    /// The shallowest heading level listed.
    public var minLevel: Int
    /// The deepest heading level listed.
    public var maxLevel: Int

    /// Creates a table of contents for heading levels `minLevel...maxLevel`.
    public init(minLevel: Int = 1, maxLevel: Int = 6) {
        self.minLevel = min(max(1, minLevel), 6)
        self.maxLevel = max(self.minLevel, min(maxLevel, 6))
    }
}
