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
    /// Index into `rows` of the selected row.
    public private(set) var selection: Int?
    /// Index into `rows` of the first row shown.
    public private(set) var scrollOffset: Int = 0
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
        restructure { $0.nodes[id]?.children = .loading }
    }

    /// Records that loading `id`'s children failed.
    public mutating func setFailed(_ id: ID, message: String) {
        restructure { $0.nodes[id]?.children = .failed(Sanitizer.clean(message)) }
    }

    /// Sets `id`'s children. Children already known keep their own expansion and loaded subtrees.
    public mutating func setChildren(_ children: [TreeNode<ID>], of id: ID) {
        guard nodes[id] != nil else { return }
        restructure { model in
            let ids = model.merge(children, parent: id)
            model.nodes[id]?.children = .loaded(ids)
            model.nodes[id]?.childCount = ids.count
        }
    }

    private mutating func merge(_ incoming: [TreeNode<ID>], parent: ID?) -> [ID] {
        incoming.map { node in
            var merged = node
            if let existing = nodes[node.id] {
                merged.isExpanded = existing.isExpanded
                if case .loaded = existing.children, node.childCount != 0 { merged.children = existing.children }
            }
            nodes[node.id] = merged
            parents[node.id] = parent
            return node.id
        }
    }

    // MARK: Expansion

    /// Expands `id`; when its children are not loaded (or failed) it switches to loading and returns `.needsLoad`.
    @discardableResult
    public mutating func expand(_ id: ID) -> ExpandOutcome {
        guard let node = nodes[id] else { return .unknown }
        if node.isLeaf { return .leaf }
        var outcome = ExpandOutcome.expanded
        restructure { model in
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
        restructure { $0.nodes[id]?.isExpanded = false }
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

    /// Selects the row of node `id` if visible; returns whether it was.
    @discardableResult
    public mutating func select(id: ID, viewportHeight: Int) -> Bool {
        guard let index = rows.firstIndex(where: { $0.nodeID == id }) else { return false }
        setSelection(index, viewportHeight: viewportHeight)
        return true
    }

    /// Moves the selection by `delta` rows (clamped).
    public mutating func moveSelection(by delta: Int, viewportHeight: Int) {
        setSelection(Viewport.move(selection, by: delta, count: rows.count), viewportHeight: viewportHeight)
    }

    /// Selects the first row.
    public mutating func selectFirst(viewportHeight: Int) {
        setSelection(rows.isEmpty ? nil : 0, viewportHeight: viewportHeight)
    }

    /// Selects the last row.
    public mutating func selectLast(viewportHeight: Int) {
        setSelection(rows.isEmpty ? nil : rows.count - 1, viewportHeight: viewportHeight)
    }

    private mutating func setSelection(_ index: Int?, viewportHeight: Int) {
        selection = index
        scrollOffset = Viewport.offset(current: scrollOffset, selection: index, count: rows.count, height: viewportHeight)
    }

    // MARK: Flattening

    /// Applies a structural change, re-flattens, and re-finds the selected row (or its nearest visible ancestor).
    private mutating func restructure(_ change: (inout TreeModel<ID>) -> Void) {
        let previous = selectedRow
        change(&self)
        rows = flatten()
        selection = reselect(previous)
        scrollOffset = min(scrollOffset, max(0, rows.count - 1))
    }

    private func reselect(_ previous: TreeRow<ID>?) -> Int? {
        guard !rows.isEmpty else { return nil }
        guard let previous else { return 0 }
        if let same = rows.firstIndex(of: previous) { return same }
        var candidate = previous.anchor
        while let id = candidate {
            if let index = rows.firstIndex(where: { $0.nodeID == id }) { return index }
            candidate = parents[id]
        }
        return 0
    }

    private func flatten() -> [TreeRow<ID>] {
        var result: [TreeRow<ID>] = []
        switch roots {
        case .notLoaded: return []
        case .loading: return [TreeRow(depth: 0, kind: .loadingRoots)]
        case .failed(let message): return [TreeRow(depth: 0, kind: .failed(parent: nil, message: message))]
        case .loaded(let ids):
            var stack: [(ID, Int)] = ids.reversed().map { ($0, 0) }
            while let (id, depth) = stack.popLast() {
                guard let node = nodes[id] else { continue }
                result.append(TreeRow(depth: depth, kind: .node(id)))
                guard node.isExpanded else { continue }
                switch node.children {
                case .loaded(let children):
                    stack.append(contentsOf: children.reversed().map { ($0, depth + 1) })
                case .failed(let message):
                    result.append(TreeRow(depth: depth + 1, kind: .failed(parent: id, message: message)))
                case .notLoaded, .loading:
                    break
                }
            }
        }
        return result
    }
}
