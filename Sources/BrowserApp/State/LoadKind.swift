/// What a failed load was fetching, so a later success of the same kind can retire its error from the status line.
public enum LoadKind: Hashable, Sendable {
    /// The list of spaces.
    case spaces
    /// A space's root items or a node's children.
    case tree
    /// A page for the preview.
    case page
}
