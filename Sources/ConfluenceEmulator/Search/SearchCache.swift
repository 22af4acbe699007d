import Foundation

/// Remembers the last few search results per (query, user), so paging through a large result set evaluates
/// the query once instead of once per page. The site never changes while a server runs, so entries stay valid.
final class SearchCache: @unchecked Sendable {
    private struct Key: Hashable {
        let cql: String
        let user: String
    }

    private let lock = NSLock()
    private var entries: [(Key, [Int])] = []
    private let capacity: Int

    init(capacity: Int = 16) {
        self.capacity = capacity
    }

    /// The cached result for `cql` and `user`, or the result of `compute`, stored for next time.
    func results<Failure: Error>(cql: String, user: String, compute: () throws(Failure) -> [Int]) throws(Failure) -> [Int] {
        let key = Key(cql: cql, user: user)
        if let hit = lock.withLock({ entries.first { $0.0 == key }?.1 }) { return hit }
        let value = try compute()
        lock.withLock {
            entries.removeAll { $0.0 == key }
            entries.insert((key, value), at: 0)
            if entries.count > capacity { entries.removeLast() }
        }
        return value
    }
}
