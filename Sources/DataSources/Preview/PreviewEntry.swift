public import ConfluenceKit

/// One page of a quick preview: its id, title, space key and breadcrumb.
public struct PreviewEntry: Hashable, Sendable, Codable {
    /// The page id.
    public var id: String
    /// The title.
    public var title: String
    /// The key of the page's space, when the response named it.
    public var spaceKey: String?
    /// The path to the page: the space key, then the ancestors' titles from the root down.
    public var breadcrumb: [String]

    /// Creates an entry.
    public init(id: String, title: String, spaceKey: String?, breadcrumb: [String]) {
        self.id = id
        self.title = title
        self.spaceKey = spaceKey
        self.breadcrumb = breadcrumb
    }

    /// The entry of a page read with its space and ancestors expanded.
    public init(page: Page) {
        let spaceKey = page.space?.key
        self.init(id: page.id, title: page.title, spaceKey: spaceKey,
                  breadcrumb: (spaceKey.map { [$0] } ?? []) + (page.ancestors ?? []).compactMap(\.title))
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, breadcrumb
        case spaceKey = "space_key"
    }
}
