/// The type of a content item (`page`, `folder`, `blogpost`, ...); unknown types are kept as they come.
public struct ContentKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    public static let page = ContentKind(rawValue: "page")
    public static let folder = ContentKind(rawValue: "folder")
    public static let blogpost = ContentKind(rawValue: "blogpost")
    public static let whiteboard = ContentKind(rawValue: "whiteboard")
    public static let database = ContentKind(rawValue: "database")
    public static let embed = ContentKind(rawValue: "embed")
    public static let attachment = ContentKind(rawValue: "attachment")
    public static let comment = ContentKind(rawValue: "comment")

    public var description: String { rawValue }
}
