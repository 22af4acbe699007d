/// What a failed load or operation was doing, so a later success of the same kind can retire its error from the status line.
public enum LoadKind: Hashable, Sendable {
    /// The list of spaces.
    case spaces
    /// A space's root items or a node's children.
    case tree
    /// A page for the preview.
    case page
    /// A definitions-overlay operation: reading the list, rename, duplicate, delete, a count or a written export.
    case definitions
}
