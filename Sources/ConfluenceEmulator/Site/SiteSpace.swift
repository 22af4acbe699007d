/// A Confluence space of the emulated site.
public struct SiteSpace: Sendable, Hashable {
    /// Whether a space is a team space or someone's personal space.
    public enum Kind: String, Sendable, Hashable, Codable { case global, personal }
    /// Whether a space is in use or archived.
    public enum Status: String, Sendable, Hashable, Codable { case current, archived }

    /// Numeric id as a string.
    public var id: String
    /// Space key, e.g. `ENG` or `~alice`.
    public var key: String
    /// Display name.
    public var name: String
    /// Global or personal.
    public var kind: Kind
    /// Current or archived.
    public var status: Status
    /// Plain-text description.
    public var description: String
    /// Id of the home page, if any.
    public var homepageId: String?
    /// Creation time.
    public var createdAt: Timestamp
    /// Account id of the creator.
    public var authorId: String

    /// Creates a space.
    public init(id: String, key: String, name: String, kind: Kind = .global, status: Status = .current,
                description: String = "", homepageId: String? = nil, createdAt: Timestamp, authorId: String) {
        self.id = id
        self.key = key
        self.name = name
        self.kind = kind
        self.status = status
        self.description = description
        self.homepageId = homepageId
        self.createdAt = createdAt
        self.authorId = authorId
    }
}
