public import ConfluenceKit

/// One page of a quick preview: its id, title, kind, space key and breadcrumb.
public struct PreviewEntry: Hashable, Sendable, Codable {
    /// The page id.
    public var id: String
    /// The content's type: a page or a blog post, or, for an id listed by hand, whatever that id names (a folder).
    public var kind: ContentKind
    /// The title.
    public var title: String
    /// The key of the page's space, when the response named it.
    public var spaceKey: String?
    /// The path to the page: the space key, then the ancestors' titles from the root down.
    public var breadcrumb: [String]
    /// Whether the page is archived: a page listed by id is fetched all the same, which search would leave out.
    public var isArchived: Bool { archived == true }
    /// `archived` as written: true, or absent, so a current page's entry keeps the shape it had.
    private var archived: Bool?

    /// Creates an entry.
    public init(id: String, kind: ContentKind = .page, title: String, spaceKey: String?, breadcrumb: [String], isArchived: Bool = false) {
        self.id = id
        self.kind = kind
        self.title = title
        self.spaceKey = spaceKey
        self.breadcrumb = breadcrumb
        archived = isArchived ? true : nil
    }

    /// The entry of a page read with its space and ancestors expanded.
    public init(page: Page) {
        let spaceKey = page.space?.key
        self.init(id: page.id, kind: page.kind, title: page.title, spaceKey: spaceKey,
                  breadcrumb: (spaceKey.map { [$0] } ?? []) + (page.ancestors ?? []).compactMap(\.title), isArchived: page.status == .archived)
    }

    /// Tags the title shows before it in listings: the kind when it is no page, and `[archived]`.
    public var tags: String {
        (isPage ? "" : "[\(kind)] ") + (isArchived ? "[archived] " : "")
    }

    /// Whether the loader reads the item as a page: a page or a blog post (see `NotAPage`).
    public var isPage: Bool { NotAPage.isPage(kind) }

    private enum CodingKeys: String, CodingKey {
        case id, title, breadcrumb
        case kind = "type"
        case spaceKey = "space_key"
        case archived
    }
}
