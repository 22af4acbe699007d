/// Pages and folders marked in the tree with `Space`, in the order they were marked (ids are site-wide, so
/// marks survive opening another space, and each keeps the title and space it was marked with).
public struct MarkSet: Hashable, Sendable {
    /// One marked page, as the tree showed it when marked.
    public struct Mark: Hashable, Sendable {
        /// The page id.
        public let id: String
        /// The page title (nil when the tree did not know it).
        public let title: String?
        /// The key of the space whose tree it was marked in.
        public let spaceKey: String?
        /// Whether it is a folder, which stands for the pages below it.
        public let isFolder: Bool
        /// Whether it is archived, which a listing by id still fetches but search leaves out.
        public let isArchived: Bool
    }

    /// Marked pages, oldest first.
    public private(set) var marked: [Mark] = []
    private var members: Set<String> = []

    /// Creates an empty set.
    public init() {}

    /// Marked ids, oldest first.
    public var ids: [String] { marked.map(\.id) }
    /// Number of marked pages.
    public var count: Int { marked.count }
    /// Whether nothing is marked.
    public var isEmpty: Bool { marked.isEmpty }
    /// Whether `id` is marked.
    public func contains(_ id: String) -> Bool { members.contains(id) }
    /// Every marked id, for drawing.
    public var all: Set<String> { members }
    /// The marked folders' ids.
    public var folderIDs: Set<String> { Set(marked.lazy.filter(\.isFolder).map(\.id)) }
    /// The mark of `id`, if it is marked.
    public func mark(_ id: String) -> Mark? { marked.first { $0.id == id } }

    /// Marks `id` (titled `title`, in space `spaceKey`), or unmarks it when it was marked; returns whether it is marked now.
    @discardableResult
    public mutating func toggle(_ id: String, title: String? = nil, spaceKey: String? = nil, isFolder: Bool = false,
                                isArchived: Bool = false) -> Bool {
        if members.remove(id) != nil {
            marked.removeAll { $0.id == id }
            return false
        }
        members.insert(id)
        marked.append(Mark(id: id, title: title, spaceKey: spaceKey, isFolder: isFolder, isArchived: isArchived))
        return true
    }

    /// Forgets every mark.
    public mutating func removeAll() {
        marked = []
        members = []
    }
}
