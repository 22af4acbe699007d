public import ConfluenceKit

/// A selected item that is no page or blog post but a folder, a whiteboard or the like (an id listed by hand, or a CQL
/// match): the loader reads it as it reads a page, so an ingestion pulls it as a document without text, and not what it holds.
public struct NotAPage: Hashable, Sendable, Codable {
    /// The content id.
    public var id: String
    /// What it is instead (`folder`).
    public var kind: ContentKind
    /// The title.
    public var title: String

    /// Creates one.
    public init(id: String, kind: ContentKind, title: String) {
        self.id = id
        self.kind = kind
        self.title = title
    }

    /// Whether content of `kind` is read as a page: a page or a blog post.
    public static func isPage(_ kind: ContentKind) -> Bool {
        kind == .page || kind == .blogpost
    }

    /// What an ingestion of `selector` makes of `items`, in a sentence; nil when there are none.
    public static func warning(_ items: [NotAPage], selector: ConfluenceDataSource.Selector) -> String? {
        guard !items.isEmpty else { return nil }
        let one = items.count == 1
        let named = items.map { "\($0.id) (\($0.kind) \($0.title))" }.joined(separator: ", ")
        let pulled = "an ingestion pulls \(one ? "it as a document" : "them as documents") without text"
        guard case .pageIDs = selector else {
            let advice = if case .cql = selector { "; add `type = page` to the CQL to leave \(one ? "it" : "them") out" } else { "" }
            return "\(one ? "a selected item is" : "\(items.count) selected items are") no page: \(named); \(pulled)\(advice)"
        }
        let holdsPages = items.contains { $0.kind == .folder }
        return "\(one ? "a listed id names" : "\(items.count) listed ids name") no page: \(named); \(pulled)"
            + (holdsPages ? ", and not the pages in \(one ? "it" : "them"); list those pages' ids instead" : "")
    }

    private enum CodingKeys: String, CodingKey {
        case id, title
        case kind = "type"
    }
}
