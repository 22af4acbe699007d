/// A link and the text it shows.
public struct Link: Sendable, Hashable {
    /// Where the link points.
    public var target: LinkTarget
    /// The link body; empty when the link has none (renderers then show the target's name).
    public var body: [Inline]
    /// The styles around the link.
    public var style: TextStyle

    /// Creates a link.
    public init(target: LinkTarget, body: [Inline] = [], style: TextStyle = []) {
        self.target = target
        self.body = body
        self.style = style
    }
}

/// Where a link points.
public enum LinkTarget: Sendable, Hashable {
    /// A URL (`a href`, `ri:url`).
    case url(String)
    /// A page by title, optionally in another space, optionally at an anchor.
    case page(title: String, spaceKey: String?, anchor: String?)
    /// A blog post by title.
    case blogPost(title: String, spaceKey: String?, anchor: String?)
    /// An attachment by file name, optionally on another page.
    case attachment(filename: String, pageTitle: String?)
    /// A user mention.
    case user(UserRef)
    /// A space by key.
    case space(key: String)
    /// An anchor on the same page.
    case anchor(String)
    /// Content by id (`ri:content-entity`), shown through the page-title resolver.
    case content(id: String, anchor: String?)
}

/// A user as storage format identifies one: by account id (Cloud), user key or user name (Data Center).
public struct UserRef: Sendable, Hashable {
    /// The Cloud account id.
    public var accountId: String?
    /// The Data Center user key.
    public var userKey: String?
    /// The legacy user name.
    public var username: String?

    /// Creates a user reference.
    public init(accountId: String? = nil, userKey: String? = nil, username: String? = nil) {
        self.accountId = accountId
        self.userKey = userKey
        self.username = username
    }

    /// The identifier a reader sees without a resolver: `@` plus the first id present.
    public var fallbackName: String {
        "@" + (username ?? accountId ?? userKey ?? "unknown-user")
    }
}
