public import Foundation

/// One hit of a CQL search.
public struct SearchResult: Hashable, Sendable, Codable {
    /// One step of the path to a hit, e.g. the space, then parent pages.
    public struct Breadcrumb: Hashable, Sendable, Codable {
        /// The text shown.
        public var label: String
        /// The link, relative to the site.
        public var url: String?

        /// Creates a breadcrumb.
        public init(label: String, url: String? = nil) {
            self.label = label
            self.url = url
        }
    }

    /// The content hit; nil for hits that are not content (e.g. users or spaces).
    public var content: ContentReference?
    /// The space of the content, when expanded or known.
    public var space: SpaceReference?
    /// The title as the search shows it (may carry highlight markers).
    public var title: String
    /// The excerpt, when the server sent one.
    public var excerpt: String?
    /// The web link relative to the site.
    public var url: String?
    /// The title of the global container (usually the space).
    public var container: String?
    /// The path to the hit.
    public var breadcrumbs: [Breadcrumb]
    /// When the hit was last modified.
    public var lastModified: Date?
    /// `content`, `space`, `user`, ...
    public var entityType: String?

    /// Creates a search result.
    public init(content: ContentReference?, space: SpaceReference? = nil, title: String, excerpt: String? = nil, url: String? = nil,
                container: String? = nil, breadcrumbs: [Breadcrumb] = [], lastModified: Date? = nil, entityType: String? = nil) {
        self.content = content
        self.space = space
        self.title = title
        self.excerpt = excerpt
        self.url = url
        self.container = container
        self.breadcrumbs = breadcrumbs
        self.lastModified = lastModified
        self.entityType = entityType
    }
}
