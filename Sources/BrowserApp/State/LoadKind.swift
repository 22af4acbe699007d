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
    /// The filter builder's count of its draft.
    case builderCount

    /// What succeeding at this kind of load means, as the last-error dialog says it happened since.
    var laterSuccess: String {
        switch self {
        case .spaces: "The list of spaces has loaded since."
        case .tree: "The page tree has loaded since."
        case .page: "A page has loaded since."
        case .definitions: "A later definitions operation has succeeded since."
        case .builderCount: "A later count in the filter builder has succeeded since."
        }
    }
}
