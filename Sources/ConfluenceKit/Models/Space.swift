/// A space.
public struct Space: Hashable, Sendable, Codable {
    /// The numeric id as a string; Cloud v2 needs it to list pages. Nil when the server did not send it.
    public var id: String?
    /// The space key, e.g. `ENG` or `~alice`.
    public var key: String
    /// The display name.
    public var name: String
    /// Global, personal, ...
    public var type: SpaceType?
    /// Current or archived.
    public var status: ContentStatus?
    /// The id of the home page, when known.
    public var homepageId: String?
    /// The plain-text description, when the server sent it.
    public var description: String?

    /// Creates a space value.
    public init(id: String?, key: String, name: String, type: SpaceType? = nil, status: ContentStatus? = nil, homepageId: String? = nil, description: String? = nil) {
        self.id = id
        self.key = key
        self.name = name
        self.type = type
        self.status = status
        self.homepageId = homepageId
        self.description = description
    }
}
