/// A lazily loaded tree with expand/collapse, selection and scrolling, generic over the node id.
///
/// The model never performs I/O: `expand` reports `.needsLoad` and the caller starts the request,
/// then calls `setChildren` or `setFailed` with the result.
public struct TreeModel<ID: Hashable & Sendable>: Hashable, Sendable {
    /// What `expand` did.
    public enum ExpandOutcome: Hashable, Sendable {
        /// Children were already loaded and are now shown.
        case expanded
        /// The node is now loading; the caller must fetch its children.
        case needsLoad
        /// The node has no children.
        case leaf
        /// No such node.
        case unknown
    }

    /// Every node known so far.
    public private(set) var nodes: [ID: TreeNode<ID>] = [:]
    /// Loading state of the top level.
    public private(set) var roots: ChildrenState<ID> = .notLoaded
    /// The visible rows, recomputed after every structural change.
    public private(set) var rows: [TreeRow<ID>] = []
    /// Selection and scroll position over `rows`.
    var cursor = RowCursor()
    /// Index into `rows` of the selected row.
    public var selection: Int? { cursor.selection }
    /// Index into `rows` of the first row shown (as of the last selection move).
    public var scrollOffset: Int { cursor.scrollOffset }
    private var parents: [ID: ID] = [:]

    /// Creates an empty tree.
    public init() {}

    /// The selected row.
    public var selectedRow: TreeRow<ID>? { selection.map { rows[$0] } }
    /// The selected node id (the parent for a failure row).
    public var selectedID: ID? { selectedRow?.anchor }
    /// The parent of `id`, or nil for a root.
    public func parent(of id: ID) -> ID? { parents[id] }

    // MARK: Loading

    /// Marks the top level as loading.
    public mutating func setRootsLoading() { restructure { $0.roots = .loading } }

    /// Marks the top level as failed with `message`.
    public mutating func setRootsFailed(_ message: String) { restructure { $0.roots = .failed(Sanitizer.clean(message)) } }

    /// Sets the top-level nodes.
    public mutating func setRoots(_ newRoots: [TreeNode<ID>]) {
        restructure { model in
            model.roots = .loaded(model.merge(newRoots, parent: nil))
        }
    }

    /// Marks `id`'s children as loading.
    public mutating func setLoading(_ id: ID) {
        updateSubtree(of: id) { $0.nodes[id]?.children = .loading }
    }

    /// Records that loading `id`'s children failed.
    public mutating func setFailed(_ id: ID, message: String) {
        updateSubtree(of: id) { $0.nodes[id]?.children = .failed(Sanitizer.clean(message)) }
    }

    /// Sets `id`'s children. Children already known keep their expansion and their children's
    /// state (loaded, loading or failed) unless the server now says they have none.
    /// A child that moved here from another parent (the server's tree changed) leaves its old place, and the whole
    /// tree is laid out again.
    public mutating func setChildren(_ children: [TreeNode<ID>], of id: ID) {
        guard nodes[id] != nil else { return }
        let change = { (model: inout TreeModel<ID>) in
            let ids = model.merge(children, parent: id)
            model.nodes[id]?.children = .loaded(ids)
            model.nodes[id]?.childCount = ids.count
        }
        if children.contains(where: { nodes[$0.id] != nil && parents[$0.id] != id }) {
            restructure(change)
        } else {
            updateSubtree(of: id, change)
        }
    }

    /// Records `incoming` as `parent`'s children. A node already known under the same parent keeps its state; one
    /// that moved here (the server's tree changed) starts afresh, and one that is `parent` or an ancestor of it is
    /// left out, so the tree never loops back on itself.
    private mutating func merge(_ incoming: [TreeNode<ID>], parent: ID?) -> [ID] {
        nodes.reserveCapacity(nodes.count + incoming.count)
        parents.reserveCapacity(parents.count + incoming.count)
        return incoming.compactMap { node in
            guard !isAncestorOrSelf(node.id, of: parent) else { return nil }
            var merged = node
            if let existing = nodes[node.id] {
                if parents[node.id] == parent {
                    merged.isExpanded = existing.isExpanded
                    if existing.children != .notLoaded, node.childCount != 0 { merged.children = existing.children }
                } else {
                    detach(node.id)
                }
            }
            nodes[node.id] = merged
            parents[node.id] = parent
            return node.id
        }
    }

    /// Takes `id` out of its parent's loaded children (or the roots).
    private mutating func detach(_ id: ID) {
        func without(_ children: ChildrenState<ID>) -> ChildrenState<ID> {
            guard case .loaded(let ids) = children else { return children }
            return .loaded(ids.filter { $0 != id })
        }
        if let old = parents[id], let children = nodes[old]?.children {
            nodes[old]?.children = without(children)
            if case .loaded(let ids) = nodes[old]?.children { nodes[old]?.childCount = ids.count }
        } else {
            roots = without(roots)
        }
    }

    /// Whether `id` is `node` or one of its ancestors.
    private func isAncestorOrSelf(_ id: ID, of node: ID?) -> Bool {
        var current = node
        while let step = current {
            if step == id { return true }
            current = parents[step]
        }
        return false
    }

    // MARK: Expansion

    /// Expands `id`; when its children are not loaded (or failed) it switches to loading and returns `.needsLoad`.
    @discardableResult
    public mutating func expand(_ id: ID) -> ExpandOutcome {
        guard let node = nodes[id] else { return .unknown }
        if node.isLeaf { return .leaf }
        var outcome = ExpandOutcome.expanded
        updateSubtree(of: id) { model in
            model.nodes[id]?.isExpanded = true
            switch node.children {
            case .notLoaded, .failed:
                model.nodes[id]?.children = .loading
                outcome = .needsLoad
            case .loading, .loaded:
                break
            }
        }
        return outcome
    }

    /// Collapses `id`.
    public mutating func collapse(_ id: ID) {
        guard nodes[id]?.isExpanded == true else { return }
        updateSubtree(of: id) { $0.nodes[id]?.isExpanded = false }
    }

    /// The Left/`h` behaviour: collapse the selected node when expanded, otherwise select its parent.
    public mutating func collapseOrSelectParent(viewportHeight: Int) {
        guard let row = selectedRow else { return }
        if let id = row.nodeID, nodes[id]?.isExpanded == true {
            collapse(id)
        } else if let anchor = row.anchor, let target = row.nodeID == nil ? anchor : parents[anchor] {
            select(id: target, viewportHeight: viewportHeight)
        }
    }

    // MARK: Selection

    /// Selects the row of node `id` if visible (`centered`: brought to the middle when out of view); returns whether it was.
    @discardableResult
    public mutating func select(id: ID, viewportHeight: Int, centered: Bool = false) -> Bool {
        guard let index = rows.firstIndex(where: { $0.nodeID == id }) else { return false }
        cursor.select(index, count: rows.count, viewportHeight: viewportHeight, centered: centered)
        return true
    }

    /// Moves the selection by `delta` rows (clamped).
    public mutating func moveSelection(by delta: Int, viewportHeight: Int) {
        cursor.move(by: delta, count: rows.count, viewportHeight: viewportHeight)
    }

    /// Selects the first row.
    public mutating func selectFirst(viewportHeight: Int) {
        cursor.select(rows.isEmpty ? nil : 0, count: rows.count, viewportHeight: viewportHeight)
    }

    /// Selects the last row.
    public mutating func selectLast(viewportHeight: Int) {
        cursor.select(rows.isEmpty ? nil : rows.count - 1, count: rows.count, viewportHeight: viewportHeight)
    }

    /// Selects the row at `offset` rows below the top of the viewport (a mouse click); false when none.
    @discardableResult
    public mutating func selectRow(atViewportOffset offset: Int, viewportHeight: Int) -> Bool {
        cursor.selectRow(atViewportOffset: offset, count: rows.count, viewportHeight: viewportHeight)
    }

    // MARK: Flattening

    /// Applies a change to the top level and re-flattens everything, re-finding the selected row
    /// (or its nearest visible ancestor).
    private mutating func restructure(_ change: (inout TreeModel<ID>) -> Void) {
        let previous = selectedRow
        change(&self)
        var result: [TreeRow<ID>] = []
        switch roots {
        case .notLoaded: break
        case .loading: result = [TreeRow(depth: 0, kind: .loadingRoots)]
        case .failed(let message): result = [TreeRow(depth: 0, kind: .failed(parent: nil, message: message))]
        case .loaded(let ids): appendRows(for: ids, depth: 0, into: &result)
        }
        rows = result
        cursor.selection = reselect(previous, in: rows.indices)
        cursor.clampScroll(count: rows.count)
    }

    /// Applies a change to node `id` and replaces only the rows below it (when it is visible),
    /// so expanding, collapsing and loading cost the size of that subtree, not the whole tree.
    private mutating func updateSubtree(of id: ID, _ change: (inout TreeModel<ID>) -> Void) {
        let previous = selectedRow
        let index = rowIndex(of: id)
        change(&self)
        guard let index else { return }
        let depth = rows[index].depth
        var end = index + 1
        while end < rows.count && rows[end].depth > depth { end += 1 }
        var replacement: [TreeRow<ID>] = []
        if let node = nodes[id] { appendChildRows(of: node, depth: depth + 1, into: &replacement) }
        rows.replaceSubrange((index + 1)..<end, with: replacement)
        if let current = selection, current > index {
            if current >= end {
                cursor.selection = current + replacement.count - (end - index - 1)
            } else {
                cursor.selection = reselect(previous, in: index..<(index + 1 + replacement.count))
            }
        }
    }

    /// Row index of node `id`, checking the selected row first (the usual target).
    private func rowIndex(of id: ID) -> Int? {
        if let selection, rows[selection].nodeID == id { return selection }
        return rows.firstIndex { $0.nodeID == id }
    }

    /// The index in `range` of `previous`, else of its nearest visible ancestor, else the range start.
    private func reselect(_ previous: TreeRow<ID>?, in range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        guard let previous else { return range.lowerBound }
        if let same = rows[range].firstIndex(of: previous) { return same }
        var candidate = previous.anchor
        while let id = candidate {
            if let index = rows[range].firstIndex(where: { $0.nodeID == id }) { return index }
            candidate = parents[id]
        }
        return range.lowerBound
    }

    private func appendRows(for ids: [ID], depth: Int, into result: inout [TreeRow<ID>]) {
        var stack: [(ID, Int)] = ids.reversed().map { ($0, depth) }
        while let (id, level) = stack.popLast() {
            guard let node = nodes[id] else { continue }
            result.append(TreeRow(depth: level, kind: .node(id)))
            let shown = visibleChildren(of: node)
            if let failure = shown.failure {
                result.append(TreeRow(depth: level + 1, kind: .failed(parent: id, message: failure)))
            }
            stack.append(contentsOf: shown.children.reversed().map { ($0, level + 1) })
        }
    }

    private func appendChildRows(of node: TreeNode<ID>, depth: Int, into result: inout [TreeRow<ID>]) {
        let shown = visibleChildren(of: node)
        if let failure = shown.failure {
            result.append(TreeRow(depth: depth, kind: .failed(parent: node.id, message: failure)))
        }
        appendRows(for: shown.children, depth: depth, into: &result)
    }

    /// What an expanded node shows below itself: its loaded children or its failure message.
    private func visibleChildren(of node: TreeNode<ID>) -> (children: [ID], failure: String?) {
        guard node.isExpanded else { return ([], nil) }
        switch node.children {
        case .loaded(let children): return (children, nil)
        case .failed(let message): return ([], message)
        case .notLoaded, .loading: return ([], nil)
        }
    }
}
