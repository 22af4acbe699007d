/// One visible row of a flattened tree.
public struct TreeRow<ID: Hashable & Sendable>: Hashable, Sendable {
    /// What the row shows.
    public enum Kind: Hashable, Sendable {
        /// A node.
        case node(ID)
        /// The failure message of loading `parent`'s children (`nil` parent: the roots).
        case failed(parent: ID?, message: String)
        /// The roots are being loaded.
        case loadingRoots
    }

    /// Nesting level (0 for roots).
    public let depth: Int
    /// The row's content.
    public let kind: Kind

    /// The node id, for node rows.
    public var nodeID: ID? {
        if case .node(let id) = kind { return id }
        return nil
    }

    /// The node the row belongs to: itself for node rows, the parent for failure rows.
    var anchor: ID? {
        switch kind {
        case .node(let id): id
        case .failed(let parent, _): parent
        case .loadingRoots: nil
        }
    }
}
