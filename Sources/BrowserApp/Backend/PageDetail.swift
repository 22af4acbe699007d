public import Foundation

/// A page with its storage body and the metadata the preview header shows.
public struct PageDetail: Hashable, Sendable {
    /// The content id.
    public var id: String
    /// The title.
    public var title: String
    /// The key of the space it lives in, when known.
    public var spaceKey: String?
    /// Ancestors from the root down.
    public var ancestors: [PageReference]
    /// Label names.
    public var labels: [String]
    /// Who made the current version (a display name or an account id), when known.
    public var author: String?
    /// When the current version was made, when known.
    public var lastModified: Date?
    /// The current version number, when known.
    public var version: Int?
    /// The page's address in the web UI, when known.
    public var webURL: String?
    /// The body in storage format ("" when the page has none).
    public var storageBody: String

    /// Creates a page detail.
    public init(id: String, title: String, spaceKey: String? = nil, ancestors: [PageReference] = [], labels: [String] = [],
                author: String? = nil, lastModified: Date? = nil, version: Int? = nil, webURL: String? = nil,
                storageBody: String = "") {
        self.id = id
        self.title = title
        self.spaceKey = spaceKey
        self.ancestors = ancestors
        self.labels = labels
        self.author = author
        self.lastModified = lastModified
        self.version = version
        self.webURL = webURL
        self.storageBody = storageBody
    }
}
