/// A heading of level 1 to 6.
public struct Heading: Sendable, Hashable {
    /// 1 for `h1` through 6 for `h6`.
    public var level: Int
    /// The heading text.
    public var content: [Inline]

    /// Creates a heading.
    public init(level: Int, content: [Inline]) {
        self.level = level
        self.content = content
    }
}
