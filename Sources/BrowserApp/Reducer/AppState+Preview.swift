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
        return peekChildren(of: id) + showInPreview(id)
    }

    /// Looks up the children of the selected node when they are unknown, so its marker tells a leaf from a parent
    /// before anyone expands it (and expanding it is then instant).
    private mutating func peekChildren(of id: String) -> [Effect] {
        guard tree.model.nodes[id]?.children == .notLoaded, tree.pendingChildren[id] == nil else { return [] }
        let token = nextToken()
        tree.peek = (id, token)
        return [.peekChildren(nodeID: id, kind: tree.kind(of: id), parentTitle: tree.model.nodes[id]?.title, token: token,
                              delayMilliseconds: previewDelayMilliseconds)]
    }

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
