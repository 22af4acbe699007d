/// The quick part of a preview: how many pages the selector selects and the first of them.
public struct IngestQuickLook: Hashable, Sendable, Codable {
    /// The number of pages selected: the search's `totalSize` (`limit=0`), or for `page_ids` the distinct ids less those the
    /// site lacks (exact when every id was looked up, as up to the quick limit are).
    public var total: Int
    /// Up to 50 selected pages, in the order the selection lists them.
    public var first: [PreviewEntry]
    /// For `page_ids`: every listed id the site did not return, in listed order, pages an ingestion would fail on.
    public var missing: [String]

    /// Creates a quick look.
    public init(total: Int, first: [PreviewEntry], missing: [String] = []) {
        self.total = total
        self.first = first
        self.missing = missing
    }

    /// The first selected items that are no page (a listed folder's id, a CQL match on a folder), pulled without text.
    public var notPages: [NotAPage] {
        first.filter { !$0.isPage }.map { NotAPage(id: $0.id, kind: $0.kind, title: $0.title) }
    }
}
