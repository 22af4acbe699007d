/// A page below the rendered page, as the caller knows it, for its `children` macros to name.
public struct ChildPage: Sendable, Hashable {
    /// The title, already cleaned of control characters.
    public var title: String
    /// Its own children, in the site's order, as far as the caller fetched them.
    public var children: [ChildPage]

    /// Creates a child page.
    public init(title: String, children: [ChildPage] = []) {
        self.title = title
        self.children = children
    }
}
