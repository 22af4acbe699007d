/// Options shared by every renderer.
public struct RenderOptions: Sendable {
    /// Draw borders with ASCII (`+-|`) instead of box-drawing characters.
    public var asciiBorders: Bool
    /// Returns the display name for a mentioned user; nil falls back to `@` plus the id.
    public var userName: @Sendable (UserRef) -> String?
    /// Returns the title of content linked by id (`ri:content-entity`); nil falls back to the id.
    public var contentTitle: @Sendable (String) -> String?
    /// The rendered page's children (with their own, as far as fetched), when the caller knows them: every renderer
    /// names them with a `children` macro's marker, as that macro lists them (inside the marker in text, as a list
    /// below it in Markdown); without them the marker stands alone.
    public var childPages: [ChildPage]

    /// Creates options; by default box-drawing borders and no resolvers.
    public init(
        asciiBorders: Bool = false,
        userName: @escaping @Sendable (UserRef) -> String? = { _ in nil },
        contentTitle: @escaping @Sendable (String) -> String? = { _ in nil },
        childPages: [ChildPage] = []
    ) {
        self.asciiBorders = asciiBorders
        self.userName = userName
        self.contentTitle = contentTitle
        self.childPages = childPages
    }

    /// The text a reader sees for a link without a body of its own.
    func name(of target: LinkTarget) -> String {
        switch target {
        case .url(let url): return url
        case .page(let title, _, let anchor), .blogPost(let title, _, let anchor):
            if title.isEmpty { return anchor.map { "#" + $0 } ?? "page" }
            return title
        case .attachment(let filename, _): return filename
        case .user(let user): return userName(user).map { "@" + $0 } ?? user.fallbackName
        case .space(let key): return key
        case .anchor(let anchor): return "#" + anchor
        case .content(let id, _): return contentTitle(id) ?? "page " + id
        }
    }
}
