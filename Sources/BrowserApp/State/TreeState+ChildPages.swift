import StorageFormat

extension TreeState {
    /// The pages below `id` as far as the tree has loaded them, at most `levels` deep, for a preview's `children`
    /// macros; folders, other kinds and archived pages are left out, as the macro lists current pages.
    func childPages(of id: String, levels: Int) -> [ChildPage] {
        guard levels > 0, case .loaded(let children)? = model.nodes[id]?.children else { return [] }
        return children.compactMap { child in
            guard kind(of: child) == .page, !archived.contains(child), let node = model.nodes[child] else { return nil }
            return ChildPage(title: node.title, children: childPages(of: child, levels: levels - 1))
        }
    }
}
