/// An entry of a space's page tree, without its body.
public struct TreeItem: Hashable, Sendable {
    /// The content id.
    public var id: String
    /// Page, folder, ...
    public var kind: ItemKind
    /// The title.
    public var title: String
    /// Number of children when the server said so; 0 marks a leaf, nil means unknown.
    public var childCount: Int?
    /// Whether it is archived: listed in the tree, but left out of an ingestion's descendants.
    public var isArchived: Bool

    /// Creates an item.
    public init(id: String, kind: ItemKind = .page, title: String, childCount: Int? = nil, isArchived: Bool = false) {
        self.id = id
        self.kind = kind
        self.title = title
        self.childCount = childCount
        self.isArchived = isArchived
    }
}
