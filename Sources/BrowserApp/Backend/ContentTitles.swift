import Synchronization

/// Titles of content a backend has seen (tree listings, looked-up ancestors), so a Cloud ancestor, which v2 names by
/// id only, is looked up once at most.
final class ContentTitles: Sendable {
    private let titles = Mutex<[String: String]>([:])

    /// Remembers `title` for each id.
    func remember(_ entries: some Sequence<(id: String, title: String)>) {
        titles.withLock { known in
            for entry in entries { known[entry.id] = entry.title }
        }
    }

    /// The titles known for `ids`.
    func known(_ ids: [String]) -> [String: String] {
        titles.withLock { known in
            Dictionary(uniqueKeysWithValues: ids.compactMap { id in known[id].map { (id, $0) } })
        }
    }
}
