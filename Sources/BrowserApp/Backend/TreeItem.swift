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

    /// Creates an item.
    public init(id: String, kind: ItemKind = .page, title: String, childCount: Int? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.childCount = childCount
    }
}
