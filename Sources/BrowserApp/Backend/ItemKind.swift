/// What a page-tree entry is; only pages have a body to preview.
public enum ItemKind: String, Hashable, Sendable, CaseIterable {
    case page, folder, whiteboard, database, embed, blogpost, other

    /// Whether the preview can load a storage body for it.
    public var hasBody: Bool { self == .page || self == .blogpost }

    /// The kind for a Confluence content type name (unknown names become `.other`).
    public init(typeName: String) {
        self = ItemKind(rawValue: typeName.lowercased()) ?? .other
    }
}
