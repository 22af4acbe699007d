import TerminalKit

/// Tree items that arrived, already turned into tree nodes and filter rows. Built in the loading
/// task, so the sanitising and case folding of thousands of titles stays off the main actor.
public struct LoadedItems: Sendable {
    /// The items as the backend sent them.
    public let items: [TreeItem]
    /// One tree node per item.
    let nodes: [TreeNode<String>]
    /// One filter row per item, with the parent's title as detail.
    let rows: [ListItem<String>]

    /// Prepares `items` loaded under a parent titled `parentTitle` (nil for roots).
    public init(_ items: [TreeItem], parentTitle: String?) {
        self.items = items
        nodes = items.map { TreeNode(id: $0.id, title: Self.title(of: $0), icon: Self.icon(for: $0), childCount: $0.childCount) }
        rows = items.map { ListItem(id: $0.id, title: Self.title(of: $0), detail: parentTitle) }
    }

    /// The title a node shows: folders get a trailing `/`.
    static func title(of item: TreeItem) -> String {
        item.kind == .folder ? item.title.shownAsTitle + "/" : item.title.shownAsTitle
    }

    /// Short tags before the title: the kind of content that is neither a page nor a folder, and `[archived]`.
    static func icon(for item: TreeItem) -> String? {
        let kind: String? = switch item.kind {
        case .page, .folder, .other: nil
        case .whiteboard: "[wb]"
        case .database: "[db]"
        case .embed: "[embed]"
        case .blogpost: "[blog]"
        }
        let tags = [kind, item.isArchived ? "[archived]" : nil].compactMap { $0 }
        return tags.isEmpty ? nil : tags.joined(separator: " ")
    }
}
