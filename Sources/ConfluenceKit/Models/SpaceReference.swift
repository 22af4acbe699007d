/// The space a content item belongs to, as far as the response said.
public struct SpaceReference: Hashable, Sendable, Codable {
    /// The space id, when known.
    public var id: String?
    /// The space key, when known.
    public var key: String?
    /// The space name, when known.
    public var name: String?

    /// Creates a reference.
    public init(id: String? = nil, key: String? = nil, name: String? = nil) {
        self.id = id
        self.key = key
        self.name = name
    }
}
