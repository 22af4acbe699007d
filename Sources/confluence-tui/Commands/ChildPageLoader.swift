import ConfluenceKit
import StorageFormat
import TerminalKit

/// Fetches the pages below a page for its `children` macros, level by level, each level's requests running
/// concurrently: in the site's tree order, or by creation or modification time when the macros sort so (a CQL search
/// ordered by the site, since the tree listing carries no times).
struct ChildPageLoader {
    /// The deepest a listing is fetched, for `all=true` without a depth.
    static let levelLimit = 5

    let client: ConfluenceClient
    /// The CQL field the site orders each level by, or nil for the tree order.
    let orderField: String?
    /// How many levels are fetched.
    let levels: Int

    /// A loader for `listings`: as deep as the deepest asks, ordered as the first that sorts by a time asks.
    init(client: ConfluenceClient, listings: [ChildrenListing]) {
        self.client = client
        levels = listings.levels(upTo: Self.levelLimit)
        orderField = listings.lazy.compactMap { listing -> String? in
            switch listing.order {
            case .creation: "created"
            case .modified: "lastmodified"
            case .manual, .title: nil
            }
        }.first
    }

    /// The pages below page `id`, titles cleaned of control and escape sequences.
    func pages(below id: String) async throws -> [ChildPage] {
        try await pages(below: id, levels: levels)
    }

    private func pages(below id: String, levels: Int) async throws -> [ChildPage] {
        let children = try await titledChildren(of: id)
        guard levels > 1 else { return children.map { ChildPage(title: $0.title) } }
        return try await withThrowingTaskGroup(of: (Int, [ChildPage]).self) { group in
            for (index, child) in children.enumerated() {
                group.addTask { (index, try await pages(below: child.id, levels: levels - 1)) }
            }
            var grandchildren = [[ChildPage]](repeating: [], count: children.count)
            for try await (index, pages) in group { grandchildren[index] = pages }
            return children.indices.map { ChildPage(title: children[$0].title, children: grandchildren[$0]) }
        }
    }

    /// The current child pages of `id` (folders, other kinds and archived pages left out, as the macro leaves them out),
    /// in this loader's order.
    private func titledChildren(of id: String) async throws(ConfluenceError) -> [(id: String, title: String)] {
        if let orderField {
            let cql = "parent = \(id) AND type = page ORDER BY \(orderField)"
            return try await client.contentSearch(cql: cql, expand: "", limit: ConfluenceClient.bulkLimit).collect()
                .map { ($0.id, Sanitizer.clean($0.title)) }
        }
        return try await client.children(of: id, kind: .page).collect()
            .filter { $0.kind == .page && ($0.status ?? .current) == .current }
            .map { ($0.id, Sanitizer.clean($0.title)) }
    }
}
