/// An expand macro: a title and a collapsible body.
public struct Expand: Sendable, Hashable {
    /// The title a reader clicks.
    public var title: String
    /// The body.
    public var blocks: [Block]

    /// Creates an expand.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
