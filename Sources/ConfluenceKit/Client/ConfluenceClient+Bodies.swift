import Foundation

/// Bulk reads for an ingestion: whole selections of pages with their storage bodies, in the fewest requests
/// each site kind allows.
extension ConfluenceClient {
    /// Requests this client keeps in flight at most (its configured limit).
    public var maxConcurrentRequests: Int { executor.configuration.maxConcurrentRequests }

    /// Every current page of a space with its storage body and version.
    ///
    /// Cloud: v2 `spaces/{id}/pages?body-format=storage&status=current&limit=250` (250 per request, after one
    /// space lookup by key). Data Center: `/rest/api/content?spaceKey=K&type=page&status=current` with the body,
    /// version, space and ancestors expanded; the server caps the page size silently and paging follows `_links.next`.
    /// Both select what `rest/api/content?spaceKey=K&type=page` selects: current pages, archived spaces included.
    ///
    /// - Note: Cloud v2 pages carry no ancestors, so `Page.ancestors` is nil there.
    public func pagesWithBodies(inSpace key: String) -> PagedSequence<Page> {
        switch site.kind {
        case .cloud:
            let firstURL: @Sendable () async throws(ConfluenceError) -> URL = { [self] () throws(ConfluenceError) in
                let id = try await spaceID(forKey: key)
                return v2("/spaces/" + segment(id) + "/pages", ["body-format": "storage", "status": "current", "limit": "250"])
            }
            return pagedV2(V2.Page.self, first: firstURL) { [self] wire in wire.model(space: cached(spaceKey: key)) }
        case .dataCenter:
            return spacePages(key: key, expand: Self.bodyExpansion, limit: Self.bulkLimit)
        }
    }

    /// The pages of a space in one status as `/rest/api/content?spaceKey=K&type=page&status=S` lists them (both
    /// site kinds), with the expansions given; `limit` is asked for and the server may cap it.
    public func spacePages(key: String, status: ContentStatus = .current, expand: String, limit: Int) -> PagedSequence<Page> {
        var query: QueryItems = ["spaceKey": key, "type": "page", "status": status.rawValue]
        if !expand.isEmpty { query.add("expand", expand) }
        query.add("limit", String(max(1, limit)))
        let url = v1("/content", query)
        return pagedV1(V1.Content.self, first: { url }, map: \.page)
    }

    /// One window of the same listing as `spacePages`, starting at `start`: the pages, the page size the server
    /// applied (its silent cap when `limit` exceeds it), and whether more follow. Windows at known offsets can be
    /// fetched side by side, which a next-link walk cannot.
    public func spacePageWindow(key: String, status: ContentStatus = .current, expand: String, start: Int, limit: Int) async throws(ConfluenceError) -> PageWindow {
        var query: QueryItems = ["spaceKey": key, "type": "page", "status": status.rawValue]
        if !expand.isEmpty { query.add("expand", expand) }
        query.add("start", String(max(0, start)))
        query.add("limit", String(max(1, limit)))
        let list = try await executor.get(V1.List<V1.Content>.self, v1("/content", query)).value
        let pages = (list.results ?? []).map(\.page)
        return PageWindow(pages: pages, start: max(0, start), limit: list.limit ?? pages.count, hasMore: list._links?.next?.isEmpty == false)
    }

    /// The content a CQL query selects, as `/rest/api/content/search` returns it, following `_links.next`
    /// (Cloud cursors, Data Center `start`).
    ///
    /// - Parameters:
    ///   - expand: the expansions, e.g. `ConfluenceClient.bodyExpansion` for bodies, version, space and ancestors.
    ///   - includeArchivedSpaces: sends `includeArchivedSpaces=true`; otherwise the parameter is left out and the
    ///     server leaves archived spaces out.
    ///   - limit: asked for per request; the server caps it silently (Cloud 100 with bodies, Data Center 50).
    public func contentSearch(cql: String, expand: String, includeArchivedSpaces: Bool = false, limit: Int) -> PagedSequence<Page> {
        var query: QueryItems = ["cql": cql]
        if !expand.isEmpty { query.add("expand", expand) }
        if includeArchivedSpaces { query.add("includeArchivedSpaces", "true") }
        query.add("limit", String(max(1, limit)))
        let url = v1("/content/search", query)
        return pagedV1(V1.Content.self, first: { url }, map: \.page)
    }

    /// One content item by id through `/rest/api/content/{id}` on both site kinds, with the expansions given.
    ///
    /// Unlike `page(id:)` this returns archived pages too (any status but draft), as loaders that fetch by id do.
    public func content(id: String, expand: String) async throws(ConfluenceError) -> Page {
        let url = v1("/content/" + segment(id), expand.isEmpty ? QueryItems() : ["expand": expand])
        return try await executor.get(V1.Content.self, url).value.page
    }

    /// Fetches content items by id concurrently, at most `maxConcurrentRequests` at once, yielding each outcome as
    /// it arrives (not in input order). Ending the iteration early, or cancelling its task, cancels the rest.
    public func contents(ids: [String], expand: String) -> AsyncStream<PageLookup> {
        let (stream, continuation) = AsyncStream.makeStream(of: PageLookup.self)
        let width = maxConcurrentRequests
        let task = Task { [self] in
            await withTaskGroup(of: PageLookup.self) { group in
                var pending = ids.makeIterator()
                func addNext() {
                    guard let id = pending.next() else { return }
                    group.addTask { [self] in
                        do throws(ConfluenceError) {
                            return PageLookup(id: id, result: .success(try await content(id: id, expand: expand)))
                        } catch {
                            return PageLookup(id: id, result: .failure(error))
                        }
                    }
                }
                for _ in 0..<width { addNext() }
                while let lookup = await group.next() {
                    if case .terminated = continuation.yield(lookup) {
                        group.cancelAll()
                        break
                    }
                    if !Task.isCancelled { addNext() }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// The v1 expansions that carry everything an ingestion reads: storage body, version, space and ancestors.
    public static let bodyExpansion = "body.storage,version,space,ancestors"

    /// The v1 expansions for a title list with breadcrumbs: space and ancestors, no body.
    public static let outlineExpansion = "space,ancestors"

    /// The page size asked for in bulk v1 reads; servers cap it silently (Cloud 100 with bodies, Data Center 50).
    public static let bulkLimit = 250
}
