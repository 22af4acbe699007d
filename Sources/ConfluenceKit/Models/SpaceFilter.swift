/// Which spaces to list: all, or some keys, optionally of one type and status.
public struct SpaceFilter: Hashable, Sendable {
    /// Only these keys; empty means all spaces.
    public var keys: [String]
    /// Only spaces of this type.
    public var type: SpaceType?
    /// Only spaces of this status.
    public var status: ContentStatus?

    /// Creates a filter; the default lists every space.
    public init(keys: [String] = [], type: SpaceType? = nil, status: ContentStatus? = nil) {
        self.keys = keys
        self.type = type
        self.status = status
    }
}
