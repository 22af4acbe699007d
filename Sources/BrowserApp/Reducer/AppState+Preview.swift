import StorageFormat
import TerminalKit

extension AppState {
    /// The rectangle the page body occupies: the preview's content below the header and its rule
    /// (the header takes at most half the pane).
    var previewBodyRect: Rect {
        PreviewLayout.body(in: layout.content(.preview), headerRows: preview.page == nil ? 0 : preview.headerRows(width: layout.content(.preview).width))
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
    /// selection moves and as rows arrive; the rows nearest the selection come first, `wait` milliseconds later than usual.
    mutating func peekChildren(from id: String?, after wait: Int = 0) -> [Effect] {
        // A site asking for retries (throttling, failing) is spared the look-ahead; expanding still loads.
        guard status.retries.isEmpty else {
            status.lookAheadSpared = true
            return []
        }
        let rows = tree.model.rows
        let start = min(tree.model.scrollOffset, rows.count)
        let anchor = tree.model.selection ?? start
        let inView = (start..<min(rows.count, start + max(1, layout.content(.tree).height)))
            .sorted { (abs($0 - anchor), $0) < (abs($1 - anchor), $1) }
            .compactMap { rows[$0].nodeID }
        var chosen: Set<String> = []
        var nodes: [ChildrenPeek] = []
        for candidate in (id.map { [$0] } ?? []) + inView where nodes.count < Self.peeksPerSelection && !chosen.contains(candidate) {
            guard tree.model.nodes[candidate]?.children == .notLoaded, tree.pendingChildren[candidate] == nil else { continue }
            chosen.insert(candidate)
            nodes.append(childrenPeek(at: candidate))
        }
        guard !nodes.isEmpty else { return [] }
        let token = nextToken()
        tree.peek = (chosen, token)
        // A little after the page load, so the page is asked for first.
        return [.peekChildren(nodes: nodes, token: token, delayMilliseconds: previewDelayMilliseconds + Self.peekLagMilliseconds + wait)]
    }

    /// Looks up, with the peeks still waiting, the children that a `children` macro listing more than one level names and
    /// the tree has not loaded, so the preview lists the same pages however far the tree has been explored. Called as the
    /// page and each level arrive, until the listing's levels or `ChildrenListing.fetchedPageLimit` pages are known.
    mutating func peekListedChildren() -> [Effect] {
        guard preview.childLevels > 1, let id = preview.targetID, status.retries.isEmpty else { return [] }
        var unknown: [String] = []
        var level = [id]
        var known = 0
        for _ in 0..<preview.childLevels where known < ChildrenListing.fetchedPageLimit {
            var next: [String] = []
            for node in level {
                switch tree.model.nodes[node]?.children {
                case .loaded(let children)?: next += children.filter { tree.kind(of: $0) == .page }
                case .notLoaded? where tree.pendingChildren[node] == nil: unknown.append(node)
                default: break
                }
            }
            known += next.count
            level = next
        }
        let waiting = tree.peek?.nodeIDs ?? []
        let added = unknown.filter { !waiting.contains($0) }.prefix(Self.peeksPerSelection)
        guard !added.isEmpty else { return [] }
        let nodeIDs = Array(waiting) + added
        let token = nextToken()
        tree.peek = (Set(nodeIDs), token)
        return [.peekChildren(nodes: nodeIDs.map(childrenPeek), token: token, delayMilliseconds: 0)]
    }

    /// A peek at the children of tree node `id`.
    private func childrenPeek(at id: String) -> ChildrenPeek {
        ChildrenPeek(nodeID: id, kind: tree.kind(of: id), parentTitle: tree.model.nodes[id]?.title)
    }

    /// At most this many nodes are peeked at for one selection: the rows a tall pane shows.
    static var peeksPerSelection: Int { 40 }

    /// How long after the selection's debounce the peeks start.
    static var peekLagMilliseconds: Int { 100 }

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
        return loadIntoPreview(id, delayMilliseconds: previewDelayMilliseconds)
    }

    /// Reloads the page shown now, at once.
    mutating func reloadPreview() -> [Effect] {
        guard let id = preview.targetID, preview.targetKind.hasBody else { return [] }
        return loadIntoPreview(id, delayMilliseconds: 0)
    }

    /// Starts loading page `id` into the preview; a copy loaded before shows meanwhile, marked as cached.
    private mutating func loadIntoPreview(_ id: String, delayMilliseconds: Int) -> [Effect] {
        let token = nextToken()
        preview.phase = .loading(token)
        if let cached = pageCache[id] {
            preview.showCached(inTreeContext(cached.detail), document: cached.document, userNames: cached.userNames)
            rerenderPreviewIfNeeded()
        }
        return [.loadPage(pageID: id, token: token, delayMilliseconds: delayMilliseconds)]
    }

    /// `page` with what the tree knows filled in: ancestor titles (or the ancestors themselves) and the space.
    func inTreeContext(_ page: PageDetail) -> PageDetail {
        var page = page
        let known = tree.ancestorTitles(of: page.id)
        if page.ancestors.isEmpty, !known.isEmpty {
            page.ancestors = known.map { PageReference(id: $0, title: $0) }
        } else {
            page.ancestors = page.ancestors.map { reference in
                PageReference(id: reference.id, title: reference.title ?? tree.model.nodes[reference.id]?.title)
            }
        }
        if page.spaceKey == nil { page.spaceKey = tree.spaceKey }
        return page
    }

    /// Whether the children of `nodeID` may show in the preview: the page's own, or (for a `children` macro listing
    /// more than one level) those of any node, which may lie below the page.
    func previewMayName(childrenOf nodeID: String) -> Bool {
        nodeID == preview.targetID || preview.childLevels > 1
    }

    /// Re-renders the page body when the preview's width or the page's known children changed, keeping the scroll position and search.
    mutating func rerenderPreviewIfNeeded() {
        if preview.childLevels > 0, let id = preview.targetID, case .loaded? = tree.model.nodes[id]?.children {
            preview.setChildPages(tree.childPages(of: id, levels: preview.childLevels))
        }
        preview.rerender(in: previewBodyRect, ascii: ascii)
    }
}
