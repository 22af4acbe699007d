import TerminalKit

extension AppState {
    /// The rectangle the page body occupies: the preview's content below the header and its rule
    /// (the header takes at most half the pane).
    var previewBodyRect: Rect {
        PreviewLayout.body(in: layout.content(.preview), headerRows: preview.page == nil ? 0 : preview.header.count)
    }

    /// Points the preview at the tree's selected node: pages load (after the debounce, cancelling
    /// any earlier load), other kinds show their summary at once.
    mutating func previewFollowSelection() -> [Effect] {
        guard let id = tree.focusedNodeID else { return [] }
        guard id != preview.targetID else { return [] }
        return peekChildren(from: id) + showInPreview(id)
    }

    /// Looks up the children of `id` (the selection) and of the other rows in view when they are unknown, so their
    /// markers tell leaves from parents before anyone expands them (and expanding is then instant). Called as the
    /// selection moves and as rows arrive.
    mutating func peekChildren(from id: String?) -> [Effect] {
        let rows = tree.model.rows
        let start = min(tree.model.scrollOffset, rows.count)
        let inView = rows[start..<min(rows.count, start + max(1, layout.content(.tree).height))].compactMap(\.nodeID)
        var chosen: Set<String> = []
        var nodes: [ChildrenPeek] = []
        for candidate in (id.map { [$0] } ?? []) + inView where nodes.count < Self.peeksPerSelection && !chosen.contains(candidate) {
            guard tree.model.nodes[candidate]?.children == .notLoaded, tree.pendingChildren[candidate] == nil else { continue }
            chosen.insert(candidate)
            nodes.append(ChildrenPeek(nodeID: candidate, kind: tree.kind(of: candidate), parentTitle: tree.model.nodes[candidate]?.title))
        }
        guard !nodes.isEmpty else { return [] }
        let token = nextToken()
        tree.peek = (chosen, token)
        return [.peekChildren(nodes: nodes, token: token, delayMilliseconds: previewDelayMilliseconds)]
    }

    /// At most this many nodes are peeked at for one selection: the rows a tall pane shows.
    static var peeksPerSelection: Int { 40 }

    /// Starts loading `id` into the preview (after the debounce), or shows that it has no body.
    private mutating func showInPreview(_ id: String) -> [Effect] {
        let wasLoading = preview.phase.pendingToken != nil
        preview = PreviewState()
        preview.targetID = id
        preview.targetKind = tree.kind(of: id)
        guard preview.targetKind.hasBody else {
            preview.phase = .loaded
            return wasLoading ? [.cancelPageLoad] : []
        }
        let token = nextToken()
        preview.phase = .loading(token)
        return [.loadPage(pageID: id, token: token, delayMilliseconds: previewDelayMilliseconds)]
    }

    /// Reloads the page shown now, at once.
    mutating func reloadPreview() -> [Effect] {
        guard let id = preview.targetID, preview.targetKind.hasBody else { return [] }
        let token = nextToken()
        preview.phase = .loading(token)
        return [.loadPage(pageID: id, token: token, delayMilliseconds: 0)]
    }

    /// Re-renders the page body when the preview's width changed, keeping the scroll position and search.
    mutating func rerenderPreviewIfNeeded() {
        preview.rerender(in: previewBodyRect, ascii: ascii)
    }
}
