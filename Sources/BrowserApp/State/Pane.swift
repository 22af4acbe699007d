/// The four panes, in Tab order.
public enum Pane: String, CaseIterable, Hashable, Sendable {
    case accounts, spaces, tree, preview

    /// The title shown on the pane's border.
    public var title: String {
        switch self {
        case .accounts: "Accounts"
        case .spaces: "Spaces"
        case .tree: "Pages"
        case .preview: "Preview"
        }
    }

    /// The next pane in Tab order (wrapping).
    public var next: Pane { Self.allCases[(index + 1) % Self.allCases.count] }
    /// The previous pane in Tab order (wrapping).
    public var previous: Pane { Self.allCases[(index + Self.allCases.count - 1) % Self.allCases.count] }
    /// The pane to the left, or nil at the first one.
    public var left: Pane? { index > 0 ? Self.allCases[index - 1] : nil }

    private var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
