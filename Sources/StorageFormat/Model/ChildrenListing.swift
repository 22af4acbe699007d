/// How a `children` macro lists the rendered page's descendants: how deep, in what order and how many.
public struct ChildrenListing: Sendable, Hashable {
    /// The order children are listed in, at every level.
    public enum Order: Sendable, Hashable {
        /// As the site orders them (manual order, else by title): the order the caller passes.
        case manual
        /// Alphabetically by title.
        case title
        /// By creation time, oldest first: the caller passes the pages in that order, as only the site knows the times.
        case creation
        /// By last modification, oldest first: the caller passes the pages in that order.
        case modified
    }

    /// How many levels are listed: 1 for the children alone; nil for every descendant (`all=true`, no depth).
    public var depth: Int?
    /// The order at every level.
    public var order: Order
    /// Whether the order is reversed (`reverse=true`).
    public var isReversed: Bool
    /// At most this many pages at the top level (`first`); nil for no limit.
    public var first: Int?

    /// The most levels a caller fetches for a listing of every level (`all=true` without a depth).
    public static let fetchedLevelLimit = 5

    /// The most pages a caller fetches for one listing: the levels below the one that reaches it are left out.
    public static let fetchedPageLimit = 500

    /// How many levels of pages a caller fetches for this listing.
    public var fetchedLevels: Int { min(depth ?? Self.fetchedLevelLimit, Self.fetchedLevelLimit) }

    /// Creates a listing; a depth or first below 1 counts as 1.
    public init(depth: Int? = 1, order: Order = .manual, isReversed: Bool = false, first: Int? = nil) {
        self.depth = depth.map { max(1, $0) }
        self.order = order
        self.isReversed = isReversed
        self.first = first.map { max(1, $0) }
    }

    /// The listing the macro's parameters ask for, read as Confluence reads them: `depth` levels, else all of them
    /// when `all` is true, else one; `sort` by `title`, `creation` or `modified`, else the site's order; unknown values
    /// fall back to those defaults.
    init(depth: String?, all: String?, sort: String?, reverse: String?, first: String?) {
        let levels = depth.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        let order: Order = switch sort?.lowercased() {
        case "title": .title
        case "creation": .creation
        case "modified", "modification": .modified
        default: .manual
        }
        self.init(depth: levels ?? (all?.lowercased() == "true" ? nil : 1), order: order,
                  isReversed: reverse?.lowercased() == "true", first: first.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil })
    }
}
