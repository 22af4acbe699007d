/// The pages loaded most recently, by page id, so a page seen before shows at once and survives a failed reload.
/// Bounded: storing a page beyond `capacity` drops the one stored longest ago.
public struct PageCache: Sendable {
    /// How many pages are kept.
    public static let capacity = 48

    private var pages: [String: LoadedPage] = [:]
    /// Page ids, stored longest ago first.
    private var order: [String] = []

    /// Creates an empty cache.
    public init() {}

    /// The page stored for `id`, if it is still kept.
    public subscript(id: String) -> LoadedPage? { pages[id] }

    /// The number of pages kept.
    public var count: Int { pages.count }

    /// Keeps `page` as the latest copy of `id`, replacing an older one.
    public mutating func store(_ page: LoadedPage, for id: String) {
        if pages.updateValue(page, forKey: id) != nil { order.removeAll { $0 == id } }
        order.append(id)
        if order.count > Self.capacity { pages[order.removeFirst()] = nil }
    }
}
