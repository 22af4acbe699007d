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

    /// The expand of `blocks` under `title`, or under `Expand` when the page gave none (or a blank one), as a macro's
    /// and an ADF node's alike.
    static func titled(_ title: String?, blocks: [Block]) -> Expand {
        let given = title ?? ""
        return Expand(title: given.utf8.allSatisfy { $0 == 0x20 } ? "Expand" : given, blocks: blocks)
    }
}
