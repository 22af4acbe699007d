import ConfluenceKit
import StorageFormat
import TerminalKit

/// Fetches the pages below a page for its `children` macro, level by level, each level's requests running side by side
/// (the client bounds how many are in flight): in the site's tree order, or by creation or modification time when the
/// macro sorts so (a CQL search ordered by the site, since the tree listing carries no times). At most
/// `ChildrenListing.fetchedPageLimit` pages are fetched; the levels below the one that reaches it are left out.
struct ChildPageLoader {
    let client: ConfluenceClient
    /// What the macro lists.
    let listing: ChildrenListing

    /// The pages below page `id`, titles cleaned of control and escape sequences. Below the top level it descends only
    /// into the pages the listing shows (its `first` cut), which alone count toward the limit; the first request that
    /// fails is the error.
    func pages(below id: String) async throws(ConfluenceError) -> [ChildPage] {
        let top = try await children(of: id)
        let shown = Set(listing.shown(top, title: \.title).map(\.id))
        // Each fetched level: the children of each page of the level above, by that page's id.
        var levels: [[String: [Child]]] = [[id: top]]
        var parents = top.filter { shown.contains($0.id) }
        var fetched = parents.count
        while levels.count < listing.fetchedLevels, fetched < ChildrenListing.fetchedPageLimit, !parents.isEmpty {
            let level = try await childrenOfEach(parents)
            levels.append(Dictionary(zip(parents.map(\.id), level), uniquingKeysWith: { first, _ in first }))
            fetched += level.reduce(0) { $0 + $1.count }
            parents = level.flatMap { $0 }
        }
        return Self.tree(below: id, levels: levels[...])
    }

    /// The children of each of `parents`, in their order, the requests running side by side; the first to fail cancels the
    /// others and is the error.
    private func childrenOfEach(_ parents: [Child]) async throws(ConfluenceError) -> [[Child]] {
        let outcome = await withTaskGroup(of: (Int, Result<[Child], ConfluenceError>).self) { group in
            for (index, parent) in parents.enumerated() {
                group.addTask {
                    do throws(ConfluenceError) {
                        return (index, .success(try await children(of: parent.id)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var found = [[Child]](repeating: [], count: parents.count)
            for await (index, result) in group {
                switch result {
                case .success(let children): found[index] = children
                case .failure(let error):
                    group.cancelAll()
                    return Result<[[Child]], ConfluenceError>.failure(error)
                }
            }
            return .success(found)
        }
        return try outcome.get()
    }

    /// A page as a listing level knows it.
    private struct Child: Sendable {
        let id: String
        let title: String
    }

    /// The pages below `id` from the fetched levels, each with its own children as far as they were fetched.
    private static func tree(below id: String, levels: ArraySlice<[String: [Child]]>) -> [ChildPage] {
        guard let children = levels.first?[id] else { return [] }
        return children.map { ChildPage(title: $0.title, children: tree(below: $0.id, levels: levels.dropFirst())) }
    }

    /// The current child pages of `id` (folders, other kinds and archived pages left out, as the macro leaves them out),
    /// in the listing's order.
    private func children(of id: String) async throws(ConfluenceError) -> [Child] {
        if let orderField {
            let cql = "parent = \(id) AND type = page ORDER BY \(orderField)"
            return try await client.contentSearch(cql: cql, expand: "", limit: ConfluenceClient.bulkLimit).collect()
                .map { Child(id: $0.id, title: Sanitizer.clean($0.title)) }
        }
        return try await client.children(of: id, kind: .page).collect()
            .filter { $0.kind == .page && ($0.status ?? .current) == .current }
            .map { Child(id: $0.id, title: Sanitizer.clean($0.title)) }
    }

    /// The CQL field the site orders each level by, or nil for the tree order.
    private var orderField: String? {
        switch listing.order {
        case .creation: "created"
        case .modified: "lastmodified"
        case .manual, .title: nil
        }
    }
}
