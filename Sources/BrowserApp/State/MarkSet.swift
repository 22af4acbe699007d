/// Pages marked in the tree with `Space`, in the order they were marked (ids are site-wide, so
/// marks survive opening another space).
public struct MarkSet: Hashable, Sendable {
    /// Marked ids, oldest first.
    public private(set) var ids: [String] = []
    private var members: Set<String> = []

    /// Creates an empty set.
    public init() {}

    /// Number of marked pages.
    public var count: Int { ids.count }
    /// Whether nothing is marked.
    public var isEmpty: Bool { ids.isEmpty }
    /// Whether `id` is marked.
    public func contains(_ id: String) -> Bool { members.contains(id) }
    /// Every marked id, for drawing.
    public var all: Set<String> { members }

    /// Marks `id`, or unmarks it when it was marked; returns whether it is marked now.
    @discardableResult
    public mutating func toggle(_ id: String) -> Bool {
        if members.remove(id) != nil {
            ids.removeAll { $0 == id }
            return false
        }
        members.insert(id)
        ids.append(id)
        return true
    }

    /// Forgets every mark.
    public mutating func removeAll() {
        ids = []
        members = []
    }
}
