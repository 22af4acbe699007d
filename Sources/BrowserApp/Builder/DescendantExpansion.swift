/// Marked pages with their descendants as the page ids a saved definition lists: the marked pages first, then each
/// one's descendants (the backend's search), without repeats.
enum DescendantExpansion {
    /// The ids, and how many descendants were added to the marked pages.
    static func ids(of roots: [String], on backend: any BrowserBackend) async throws(BackendError) -> (ids: [String], added: Int) {
        var ids = roots
        var seen = Set(roots)
        for root in roots {
            for id in try await backend.descendantIDs(of: root) where seen.insert(id).inserted {
                ids.append(id)
            }
        }
        return (ids, ids.count - roots.count)
    }
}
