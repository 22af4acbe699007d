/// A pointer to a content item: id and kind, with the title when the server sent it.
public struct ContentReference: Hashable, Sendable, Codable {
    /// The content id.
    public var id: String
    /// Page, folder, ...
    public var kind: ContentKind
    /// The title; Cloud v2 ancestors do not carry it.
    public var title: String?

    /// Creates a reference.
    public init(id: String, kind: ContentKind, title: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
    }
}
