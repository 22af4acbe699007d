import TerminalKit

/// The flat, depth-first index of loaded nodes behind `/` in the tree. Children loaded for the
/// first time are spliced in after their parent; a reload of a node that already had children
/// rebuilds the index from the tree.
extension TreeState {
    /// Shows the flat filter list of every loaded node, in tree order, each parent's title a path in one column.
    mutating func startFiltering() {
        var list = ListView(items: filterIndex)
        list.pathSeparator = PreviewHeader.pathSeparator
        if let selected = selectedNodeID { list.select(id: selected, viewportHeight: 1) }
        filterList = list
    }

    /// Indexes freshly loaded roots (a reload rebuilds the index).
    mutating func indexRoots(_ rows: [ListItem<String>]) {
        if filterIndex.isEmpty {
            filterIndex = rows
        } else {
            rebuildIndex(adding: rows)
        }
    }

    /// Whether rows below `parent` are already indexed (its children were loaded before).
    func hasIndexedSubtree(_ parent: String) -> Bool {
        guard let index = filterIndex.firstIndex(where: { $0.id == parent }), index + 1 < filterIndex.count else { return false }
        var ancestor = model.parent(of: filterIndex[index + 1].id)
        var steps = 0
        while let current = ancestor, steps < 10_000 {
            if current == parent { return true }
            ancestor = model.parent(of: current)
            steps += 1
        }
        return false
    }

    /// Indexes the children of `parent`: spliced in after it, or by a rebuild when they replace
    /// an indexed subtree.
    mutating func indexChildren(_ rows: [ListItem<String>], of parent: String, replacing: Bool) {
        if replacing {
            rebuildIndex(adding: rows)
        } else if let index = filterIndex.firstIndex(where: { $0.id == parent }) {
            filterIndex.insert(contentsOf: rows, at: index + 1)
        }
    }

    /// Re-walks the tree depth first, taking rows from the current index or `rows`.
    private mutating func rebuildIndex(adding rows: [ListItem<String>]) {
        var known = Dictionary(filterIndex.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows { known[row.id] = row }
        var ordered: [ListItem<String>] = []
        ordered.reserveCapacity(known.count)
        var stack: [String] = []
        if case .loaded(let roots) = model.roots { stack = roots.reversed() }
        while let id = stack.popLast() {
            guard let row = known[id] else { continue }
            ordered.append(row)
            if case .loaded(let children)? = model.nodes[id]?.children { stack.append(contentsOf: children.reversed()) }
        }
        filterIndex = ordered
    }
}
