/// A macro the renderers show as a one-line `[name]` marker followed by its body, so no content is lost.
public struct MacroBlock: Sendable, Hashable {
    /// The macro name.
    public var name: String
    /// Pages, attachments, users or spaces the macro's parameters point at (shown after the name).
    public var references: [Inline]
    /// The macro's rich-text body.
    public var blocks: [Block]
    /// For a `children` macro that names no other page: how it lists the rendered page's descendants.
    public var childrenListing: ChildrenListing?

    /// Creates a macro block.
    public init(name: String, references: [Inline] = [], blocks: [Block] = [], childrenListing: ChildrenListing? = nil) {
        self.name = name
        self.references = references
        self.blocks = blocks
        self.childrenListing = childrenListing
    }
}
