/// One node whose children a peek looks up without expanding it.
public struct ChildrenPeek: Hashable, Sendable {
    /// The node.
    public var nodeID: String
    /// Its kind, which decides how its children are listed.
    public var kind: ItemKind
    /// Its title, which labels its children in the tree filter.
    public var parentTitle: String?

    /// Creates a peek at `nodeID`.
    public init(nodeID: String, kind: ItemKind, parentTitle: String?) {
        self.nodeID = nodeID
        self.kind = kind
        self.parentTitle = parentTitle
    }
}
