extension ConfluenceClient {
    /// Content matching a CQL query with each item's labels (`/rest/api/content/search` with
    /// `expand=metadata.labels`), e.g. to count the labels used in a space.
    public func searchWithLabels(cql: String) -> PagedSequence<Page> {
        let url = v1("/content/search", ["cql": cql, "limit": String(pageSize), "expand": "metadata.labels"])
        return pagedV1(V1.Content.self, first: { url }, map: { $0.page })
    }
}
