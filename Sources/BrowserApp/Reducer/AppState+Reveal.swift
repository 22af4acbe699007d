import TerminalKit

/// Showing a page found elsewhere (a title search hit, a page listed in the ingestion preview) in the tree: its
/// ancestors are expanded one by one from the root, each loading its children if needed, and the page is selected.
extension AppState {
    /// Starts revealing `page` in the tree, closing the overlay it was chosen in; a page of another space first opens
    /// that space, and the reveal goes on once its roots arrive.
    mutating func reveal(_ page: PageDetail) -> [Effect] {
        let target = TreeState.Reveal(target: page.id, path: page.ancestors.map(\.id))
        guard let key = page.spaceKey ?? tree.spaceKey else {
            status.notice = "\"\(page.title)\" names no space to show it in."
            return []
        }
        // The tree must show: the preview closes, and the builder or definitions overlay it was opened from.
        let closing = closeIngestion()
        closeBuilder()
        definitions = nil
        // Its ancestors may take a while to load on a slow site; the line says what is going on until it is selected.
        status.notice = "Showing \"\(page.title)\" in the tree…"
        guard key == tree.spaceKey else {
            spaces.list.select(id: key, viewportHeight: max(1, layout.content(.spaces).height))
            let opening = openSpace(key: key, name: spaces.byKey[key]?.name ?? key)
            tree.reveal = target
            return closing + opening
        }
        focus = .tree
        tree.reveal = target
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
                status.notice = nil
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
