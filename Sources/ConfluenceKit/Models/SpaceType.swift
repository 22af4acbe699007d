/// The type of a space (`global`, `personal`, ...); unknown values are kept as they come.
public struct SpaceType: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    public static let global = SpaceType(rawValue: "global")
    public static let personal = SpaceType(rawValue: "personal")
    public static let collaboration = SpaceType(rawValue: "collaboration")
    public static let knowledgeBase = SpaceType(rawValue: "knowledge_base")

    public var description: String { rawValue }
}
