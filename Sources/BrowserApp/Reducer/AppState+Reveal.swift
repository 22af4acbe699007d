import TerminalKit

/// Showing a page found elsewhere (a title search hit, a page listed in the ingestion preview) in the tree: its
/// ancestors are expanded one by one from the root, each loading its children if needed, and the page is selected.
extension AppState {
    /// Starts revealing `page` in the open tree, closing the overlay it was chosen in; a page of another space is
    /// refused with a notice.
    mutating func reveal(_ page: PageDetail) -> [Effect] {
        guard let key = tree.spaceKey, page.spaceKey == nil || page.spaceKey == key else {
            status.notice = "\"\(page.title)\" is in space \(page.spaceKey ?? "?"); the tree shows \(tree.spaceKey ?? "no space")."
            return []
        }
        let closing = closeIngestion()
        focus = .tree
        tree.reveal = TreeState.Reveal(target: page.id, path: page.ancestors.map(\.id))
        return closing + continueReveal()
    }

    /// Expands the next ancestor on the way, or selects the page once all are open; waits while children load.
    mutating func continueReveal() -> [Effect] {
        let rows = layout.content(.tree).height
        while var reveal = tree.reveal {
            guard let next = reveal.path.first else {
                tree.reveal = nil
                guard tree.model.select(id: reveal.target, viewportHeight: rows, centered: true) else {
                    status.notice = "The page is not among the loaded children in the tree; r reloads them."
                    return []
                }
                return previewFollowSelection()
            }
            guard tree.model.nodes[next] != nil else {
                // Ancestors above the tree's roots are passed over; one missing below them is not in the tree.
                if !reveal.entered {
                    reveal.path.removeFirst()
                    tree.reveal = reveal
                    continue
                }
                tree.reveal = nil
                status.notice = "The page's parent is not among the loaded children in the tree; r reloads them."
                return []
            }
            reveal.entered = true
            switch tree.model.expand(next) {
            case .needsLoad:
                tree.reveal = reveal
                return startChildrenLoad(of: next)
            case .expanded where tree.model.nodes[next]?.children == .loading:
                tree.reveal = reveal
                return []  // an earlier expand is loading them
            default:
                reveal.path.removeFirst()
                tree.reveal = reveal
            }
        }
        return []
    }
}
