/// How many panes fit side by side.
public enum LayoutMode: String, Hashable, Sendable {
    /// 120 columns or more: accounts and spaces stacked on the left, then tree, then preview.
    case wide
    /// About 80 columns: spaces (or accounts) above the tree on the left, preview on the right.
    case medium
    /// Narrow terminals: one pane at a time under a breadcrumb line.
    case single

    /// The mode for a terminal `width` columns wide.
    public static func forWidth(_ width: Int) -> LayoutMode {
        if width >= 120 { return .wide }
        if width >= 72 { return .medium }
        return .single
    }
}
