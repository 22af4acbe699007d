/// The status of a space or content item (`current`, `archived`, ...); unknown values are kept as they come.
public struct ContentStatus: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    public static let current = ContentStatus(rawValue: "current")
    public static let archived = ContentStatus(rawValue: "archived")
    public static let draft = ContentStatus(rawValue: "draft")
    public static let trashed = ContentStatus(rawValue: "trashed")

    public var description: String { rawValue }
}
