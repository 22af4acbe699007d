import Foundation

extension ConfluenceClient {
    /// Content matching a CQL query, with space, container and breadcrumbs where the server gives them
    /// (`/rest/api/search`, on Cloud as well: v2 has no search). A caller that reads at most `limit` results asks the
    /// server for no more per page.
    public func search(cql: String, limit: Int? = nil) -> PagedSequence<SearchResult> {
        let size = min(pageSize, max(1, limit ?? pageSize))
        let url = v1("/search", ["cql": cql, "limit": String(size), "expand": "content.space"])
        return paged(V1.SearchResponse.self, first: { url }, elements: { ($0.results ?? []).map(\.model) }, nextLink: { body, _ in body._links?.next })
    }

    /// How many items match a CQL query (`/rest/api/search?limit=0`, its `totalSize`); archived spaces are
    /// counted only with `includeArchivedSpaces` (sent as `includeArchivedSpaces=true`, else left out).
    public func count(cql: String, includeArchivedSpaces: Bool = false) async throws(ConfluenceError) -> Int {
        var query: QueryItems = ["cql": cql, "limit": "0"]
        if includeArchivedSpaces { query.add("includeArchivedSpaces", "true") }
        return try await executor.get(V1.Count.self, v1("/search", query)).value.totalSize
    }

    /// The user the credential belongs to (`/rest/api/user/current`); an ignored Data Center token shows as anonymous.
    public func currentUser() async throws(ConfluenceError) -> User {
        try await executor.get(V1.Person.self, v1("/user/current")).value.model
    }
}
