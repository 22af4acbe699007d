/// One window of a start/limit listing: its pages, where it starts, the page size the server applied, and whether
/// more follow.
public struct PageWindow: Hashable, Sendable {
    /// The pages, in listing order.
    public var pages: [Page]
    /// The offset of the first page.
    public var start: Int
    /// The page size the server applied (the `limit` it reports; its cap when more was asked for).
    public var limit: Int
    /// Whether the server linked a next window.
    public var hasMore: Bool

    /// Creates a window.
    public init(pages: [Page], start: Int, limit: Int, hasMore: Bool) {
        self.pages = pages
        self.start = start
        self.limit = limit
        self.hasMore = hasMore
    }
}
