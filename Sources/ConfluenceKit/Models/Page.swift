/// A page with its storage-format body, version, space and labels.
public struct Page: Hashable, Sendable, Codable {
    /// The content id.
    public var id: String
    /// Usually `page`; `blogpost` when a blog post was asked for by id.
    public var kind: ContentKind
    /// The title.
    public var title: String
    /// Current, archived, ...
    public var status: ContentStatus?
    /// The space it lives in.
    public var space: SpaceReference?
    /// The parent's id; nil for a root page.
    public var parentId: String?
    /// The parent's kind (Cloud: a page or a folder), when known.
    public var parentKind: ContentKind?
    /// The position among its siblings, when known.
    public var position: Int?
    /// The current version.
    public var version: Version?
    /// The body in storage format (XHTML), when the server sent it.
    public var storageBody: String?
    /// The labels.
    public var labels: [Label]
    /// Ancestors from the root down, when the response carried them (Data Center and Cloud v1); nil otherwise.
    public var ancestors: [ContentReference]?
    /// The web UI path relative to the site, when the server sent it.
    public var webPath: String?

    /// Creates a page.
    public init(id: String, kind: ContentKind = .page, title: String, status: ContentStatus? = nil, space: SpaceReference? = nil,
                parentId: String? = nil, parentKind: ContentKind? = nil, position: Int? = nil, version: Version? = nil,
                storageBody: String? = nil, labels: [Label] = [], ancestors: [ContentReference]? = nil, webPath: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.status = status
        self.space = space
        self.parentId = parentId
        self.parentKind = parentKind
        self.position = position
        self.version = version
        self.storageBody = storageBody
        self.labels = labels
        self.ancestors = ancestors
        self.webPath = webPath
    }
}
