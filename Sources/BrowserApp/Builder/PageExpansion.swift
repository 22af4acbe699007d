/// Marks turned into the page ids a saved definition lists: the marked pages first, then the pages below each marked
/// folder and, when descendants are asked for, each marked page's descendants, without repeats.
public struct PageExpansion: Hashable, Sendable {
    /// The marked ids, oldest first, folders among them.
    public var roots: [String]
    /// The marked folders among `roots`, which stand for every page below them.
    public var folders: Set<String>
    /// Whether each marked page's descendants are added.
    public var includesDescendants: Bool

    /// The expansion of the marks `roots`, of which `folders` are folders.
    public init(roots: [String], folders: Set<String>, includesDescendants: Bool) {
        self.roots = roots
        self.folders = folders
        self.includesDescendants = includesDescendants
    }

    /// Whether the marks need a lookup to become page ids.
    var isNeeded: Bool { !roots.isEmpty && (includesDescendants || !folders.isEmpty) }

    /// What the lookup finds, for a sentence: "pages' descendants", "folders' pages" or both.
    var subject: String {
        switch (includesDescendants, !folders.isEmpty) {
        case (true, true): "pages' descendants and folders' pages"
        case (false, true): "folders' pages"
        default: "pages' descendants"
        }
    }

    /// The ids, and how many were added to the marked pages; `found` hears how many pages the lookup has found so far
    /// (repeats among them included) as they arrive.
    public func ids(on backend: any BrowserBackend,
                    found: @escaping @Sendable (Int) -> Void = { _ in }) async throws(BackendError) -> (ids: [String], added: Int) {
        var ids = roots.filter { !folders.contains($0) }
        let marked = ids.count
        var seen = Set(ids)
        var before = 0
        for root in roots {
            let earlier = before
            let below = folders.contains(root)
                ? try await pages(inFolder: root, on: backend)
                : includesDescendants ? try await backend.descendantIDs(of: root, found: { found(earlier + $0) }) : []
            before += below.count
            found(before)
            for id in below where seen.insert(id).inserted {
                ids.append(id)
            }
        }
        return (ids, ids.count - marked)
    }

    /// Every current page below the folder `id`: each page in it with its descendants, then the pages of the folders in
    /// it, level by level (a folder is listed as the tree lists it, since not every site's search reaches into folders).
    private func pages(inFolder id: String, on backend: any BrowserBackend) async throws(BackendError) -> [String] {
        var pages: [String] = []
        var folders = [id]
        var next = 0
        var visited: Set<String> = [id]
        while next < folders.count {
            let folder = folders[next]
            next += 1
            for item in try await backend.children(of: folder, kind: .folder) where !item.isArchived {
                switch item.kind {
                case .folder:
                    if visited.insert(item.id).inserted { folders.append(item.id) }
                case .page:
                    pages.append(item.id)
                    pages += try await backend.descendantIDs(of: item.id)
                default:
                    break  // whiteboards, databases and embeds have no body a loader reads
                }
            }
        }
        return pages
    }
}
