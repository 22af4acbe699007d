/// A space as the spaces pane lists it.
public struct SpaceSummary: Hashable, Sendable {
    /// The space key (`ENG`, `~alice`).
    public var key: String
    /// The display name.
    public var name: String
    /// `global`, `personal`, ... when known.
    public var type: String?
    /// `current`, `archived`, ... when known.
    public var status: String?
    /// The home page id, when known.
    public var homepageID: String?

    /// Whether the space is archived: its pages are still listed, but search leaves them out.
    public var isArchived: Bool { status == "archived" }

    /// Creates a summary.
    public init(key: String, name: String, type: String? = nil, status: String? = nil, homepageID: String? = nil) {
        self.key = key
        self.name = name
        self.type = type
        self.status = status
        self.homepageID = homepageID
    }
}
