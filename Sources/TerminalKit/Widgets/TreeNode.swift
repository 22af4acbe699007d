/// One node of a lazily loaded tree.
public struct TreeNode<ID: Hashable & Sendable>: Hashable, Sendable {
    /// Stable identity.
    public let id: ID
    /// Text shown for the node (sanitised on creation).
    public var title: String
    /// Optional short prefix such as a folder mark (sanitised on creation).
    public var icon: String?
    /// Number of children when the server said so before they were loaded.
    public var childCount: Int?
    /// Loading state of the children.
    public var children: ChildrenState<ID>
    /// Whether the node's children are shown.
    public var isExpanded: Bool

    /// Creates a collapsed node whose children are not loaded. A `childCount` of 0 marks a leaf.
    public init(id: ID, title: String, icon: String? = nil, childCount: Int? = nil) {
        self.id = id
        self.title = Sanitizer.clean(title)
        self.icon = icon.map { Sanitizer.clean($0) }
        self.childCount = childCount
        children = childCount == 0 ? .loaded([]) : .notLoaded
        isExpanded = false
    }

    /// True when the node is known to have no children.
    public var isLeaf: Bool {
        if case .loaded(let ids) = children { return ids.isEmpty }
        return false
    }
}
