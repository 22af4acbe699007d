public import Foundation

/// A version of a content item.
public struct Version: Hashable, Sendable, Codable {
    /// The version number, starting at 1.
    public var number: Int
    /// When this version was made.
    public var createdAt: Date?
    /// The version message.
    public var message: String?
    /// Who made it: an account id (Cloud) or user key / name (Data Center).
    public var authorId: String?

    /// Creates a version.
    public init(number: Int, createdAt: Date? = nil, message: String? = nil, authorId: String? = nil) {
        self.number = number
        self.createdAt = createdAt
        self.message = message
        self.authorId = authorId
    }
}
