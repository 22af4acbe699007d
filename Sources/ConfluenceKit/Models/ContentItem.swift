/// An entry of a page tree: a page, folder, whiteboard, database or embed, without its body.
public struct ContentItem: Hashable, Sendable, Codable {
    /// The content id.
    public var id: String
    /// Page, folder, ...
    public var kind: ContentKind
    /// The title.
    public var title: String
    /// Current, archived, ...
    public var status: ContentStatus?
    /// The space id, when the server sent it (Cloud).
    public var spaceId: String?
    /// The parent's id, when the server sent it.
    public var parentId: String?
    /// The position among its siblings, when the server sent it.
    public var position: Int?

    /// Creates an item.
    public init(id: String, kind: ContentKind, title: String, status: ContentStatus? = nil, spaceId: String? = nil, parentId: String? = nil, position: Int? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.status = status
        self.spaceId = spaceId
        self.parentId = parentId
        self.position = position
    }
}
