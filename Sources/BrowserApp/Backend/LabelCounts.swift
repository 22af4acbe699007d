/// The labels found on the pages of a space (or the site), with how many of the scanned pages carry each.
public struct LabelCounts: Hashable, Sendable {
    /// One label and its page count.
    public struct Entry: Hashable, Sendable {
        /// The label name.
        public var name: String
        /// Pages carrying it (among the scanned ones).
        public var pages: Int

        /// Creates an entry.
        public init(name: String, pages: Int) {
            self.name = name
            self.pages = pages
        }
    }

    /// How many pages a label scan reads at most (a few requests), so the picker stays quick.
    public static let defaultScanLimit = 1000

    /// Labels, most used first (ties by name).
    public var entries: [Entry]
    /// How many pages were scanned.
    public var scannedPages: Int
    /// False when the scan stopped at its limit, so counts are lower bounds.
    public var isComplete: Bool

    /// Creates counts; entries are sorted by count, then name.
    public init(entries: [Entry], scannedPages: Int, isComplete: Bool) {
        self.entries = entries.sorted { $0.pages != $1.pages ? $0.pages > $1.pages : $0.name < $1.name }
        self.scannedPages = scannedPages
        self.isComplete = isComplete
    }

    /// Counts the labels of scanned pages (each page's label list), stopping after `limit` pages.
    public init(labelsPerPage: [[String]], limit: Int) {
        var tally: [String: Int] = [:]
        for labels in labelsPerPage.prefix(limit) {
            for name in Set(labels) { tally[name, default: 0] += 1 }
        }
        self.init(entries: tally.map { Entry(name: $0.key, pages: $0.value) }, scannedPages: min(limit, labelsPerPage.count),
                  isComplete: labelsPerPage.count <= limit)
    }
}
