/// A page or folder of the emulated site, placed in the tree by `parentId` and `position`.
public struct SiteContent: Sendable, Hashable {
    /// Page or (Cloud) folder.
    public enum Kind: String, Sendable, Hashable, Codable { case page, folder }
    /// Lifecycle state; drafts are never listed.
    public enum Status: String, Sendable, Hashable, Codable { case current, archived, draft }

    /// Numeric id as a string, unique across the site.
    public var id: String
    /// Page or folder.
    public var kind: Kind
    /// Title.
    public var title: String
    /// Key of the space holding it.
    public var spaceKey: String
    /// Parent page or folder, nil for a root.
    public var parentId: String?
    /// 0-based order among siblings.
    public var position: Int
    /// Current, archived or draft.
    public var status: Status
    /// Label names (global prefix).
    public var labels: [String]
    /// Account id of the creator.
    public var authorId: String
    /// Creation time.
    public var createdAt: Timestamp
    /// Account id of the last modifier.
    public var lastModifierId: String
    /// Time of the last modification.
    public var modifiedAt: Timestamp
    /// Version number, 1 or more.
    public var version: Int
    /// Attachment metadata.
    public var attachments: [SiteAttachment]

    /// Creates a page or folder.
    public init(id: String, kind: Kind = .page, title: String, spaceKey: String, parentId: String?, position: Int,
                status: Status = .current, labels: [String] = [], authorId: String, createdAt: Timestamp,
                lastModifierId: String? = nil, modifiedAt: Timestamp? = nil, version: Int = 1,
                attachments: [SiteAttachment] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.spaceKey = spaceKey
        self.parentId = parentId
        self.position = position
        self.status = status
        self.labels = labels
        self.authorId = authorId
        self.createdAt = createdAt
        self.lastModifierId = lastModifierId ?? authorId
        self.modifiedAt = modifiedAt ?? createdAt
        self.version = version
        self.attachments = attachments
    }
}
