/// How to generate a synthetic site: page count, seed, and how pages spread over spaces.
public struct SyntheticOptions: Sendable, Hashable {
    /// Number of pages (folders come on top).
    public var pages: Int
    /// Seed; the same seed gives the same site.
    public var seed: UInt64
    /// Number of spaces; 1 puts every page in one space (for benchmarks). Nil picks one space per 2,500 pages (2 to 40).
    public var spaces: Int?
    /// Whether to add Cloud folders (about one per 100 pages).
    public var includeFolders: Bool
    /// Median body size in bytes; sizes spread log-normally around it.
    public var medianBodyBytes: Int

    /// Options for `pages` pages with the given seed.
    public init(pages: Int, seed: UInt64 = 1, spaces: Int? = nil, includeFolders: Bool = true, medianBodyBytes: Int = 3000) {
        self.pages = pages
        self.seed = seed
        self.spaces = spaces
        self.includeFolders = includeFolders
        self.medianBodyBytes = medianBodyBytes
    }

    /// The number of spaces to generate.
    var resolvedSpaceCount: Int {
        max(1, min(spaces ?? max(2, min(40, pages / 2500)), max(1, pages)))
    }
}
