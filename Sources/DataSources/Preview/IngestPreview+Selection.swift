import ConfluenceKit

extension IngestPreview {
    /// How many pages an ingestion of the selector pulls, the number the quick look shows: for `space_key` the search's
    /// `totalSize` (`limit=0`) with archived spaces counted, as the reader's listing includes them (search, like that
    /// listing, holds current pages only); for `label` and `cql` the search's `totalSize` as the reader runs it; for
    /// `page_ids` the distinct ids less those the site lacks (see `absentPageIDs()`).
    public func count() async throws(IngestPreviewError) -> Int {
        if case .pageIDs(let ids) = selector {
            let distinct = Self.distinct(ids)
            return distinct.count - (try await absentPageIDs(among: distinct)).count
        }
        do throws(ConfluenceError) {
            return try await client.count(cql: selector.equivalentCQL, includeArchivedSpaces: countsArchivedSpaces)
        } catch {
            throw .request(error)
        }
    }

    /// The first selected pages (at most `limit`) with space key and breadcrumb, listed as the selection lists them.
    public func firstPages(limit: Int = IngestPreview.quickLimit) async throws(IngestPreviewError) -> [PreviewEntry] {
        try await firstPagesAndMissing(limit: limit).pages
    }

    /// The first selected pages, and the listed page ids among those looked up that the site does not have (or
    /// does not let this user read), which an ingestion cannot pull either.
    func firstPagesAndMissing(limit: Int) async throws(IngestPreviewError) -> (pages: [PreviewEntry], missing: [String]) {
        let expand = ConfluenceClient.outlineExpansion
        let pages: [Page]
        var missing: [String] = []
        do throws(ConfluenceError) {
            switch selector {
            case .space(let key):
                pages = try await client.spacePages(key: key, expand: expand, limit: limit).collect(limit: limit)
            case .label, .cql:
                pages = try await client.contentSearch(cql: selector.equivalentCQL, expand: expand, limit: limit).collect(limit: limit)
            case .pageIDs(let ids):
                let wanted = Array(Self.distinct(ids).prefix(max(0, limit)))
                let (found, absent) = try await lookUp(wanted, expand: expand)
                pages = wanted.compactMap { found[$0] }
                missing = wanted.filter(absent.contains)
            }
        } catch {
            throw .request(error)
        }
        if Task.isCancelled { throw .cancelled }
        return (pages.map(PreviewEntry.init(page:)), missing)
    }

    /// The listed page ids the site does not have (or does not let this user read), in listed order; none for a
    /// selector that lists no ids. A search finds the present ids a batch at a time, and each id it does not find is
    /// fetched as the reader fetches it (archived pages, pages in archived spaces and pages not yet indexed are found so).
    public func absentPageIDs() async throws(IngestPreviewError) -> [String] {
        guard case .pageIDs(let ids) = selector else { return [] }
        return try await absentPageIDs(among: Self.distinct(ids))
    }

    /// The ids among `distinct` the site does not have or does not let this user read, in their order.
    func absentPageIDs(among distinct: [String]) async throws(IngestPreviewError) -> [String] {
        do throws(ConfluenceError) {
            let absent = try await absent(among: distinct)
            return distinct.filter(absent.contains)
        } catch {
            throw .request(error)
        }
    }

    /// The most ids one existence search names (`id in (...)`), and the most characters they may take together, short
    /// enough for any site's URL limit.
    static let idBatch = (count: 100, characters: 1_500)

    /// The ids among `ids` (distinct) the site does not have or does not let this user read, as `absentPageIDs()` finds
    /// them; an id that is not digits never enters a query and is fetched alone.
    private func absent(among ids: [String]) async throws(ConfluenceError) -> Set<String> {
        let searchable = ids.filter(PageIDList.isPageID)
        var unfound = ids.filter { !PageIDList.isPageID($0) }
        var start = 0
        while start < searchable.count {
            var end = start + 1
            var characters = searchable[start].count
            while end < searchable.count, end - start < Self.idBatch.count,
                  characters + 1 + searchable[end].count <= Self.idBatch.characters {
                characters += 1 + searchable[end].count
                end += 1
            }
            let batch = Array(searchable[start..<end])
            start = end
            let cql = "id in (" + batch.joined(separator: ",") + ")"
            let found = Set(try await client.contentSearch(cql: cql, expand: "", limit: batch.count).collect().map(\.id))
            unfound += batch.filter { !found.contains($0) }
        }
        return try await lookUp(unfound, expand: "").absent
    }

    /// Fetches each id on its own, as the reader does: the pages found, and the ids the site does not have (or does not
    /// let this user read); any other failure is thrown.
    private func lookUp(_ ids: [String], expand: String) async throws(ConfluenceError) -> (found: [String: Page], absent: Set<String>) {
        var found: [String: Page] = [:]
        var absent: Set<String> = []
        for await lookup in client.contents(ids: ids, expand: expand) {
            switch lookup.result {
            case .success(let page): found[lookup.id] = page
            case .failure(let error) where error.kind == .notFound || error.kind == .forbidden: absent.insert(lookup.id)
            case .failure(let error): throw error
            }
        }
        return (found, absent)
    }

    /// Whether the selector's count includes archived spaces (only `space_key`, whose listing does).
    var countsArchivedSpaces: Bool {
        if case .space = selector { return true }
        return false
    }

    /// The pages of the full pass with their bodies, as a stream of outcomes; `total` gives the expected count
    /// (Data Center spaces use it to fetch their windows side by side).
    func feed(total: @escaping @Sendable () async -> Int?) -> AsyncStream<FeedItem> {
        let (stream, continuation) = AsyncStream.makeStream(of: FeedItem.self)
        let client = self.client
        let selector = self.selector
        let task = Task {
            switch selector {
            case .pageIDs(let ids):
                for await lookup in client.contents(ids: Self.distinct(ids), expand: ConfluenceClient.bodyExpansion) {
                    switch lookup.result {
                    case .success(let page): continuation.yield(.page(page))
                    case .failure(let error): continuation.yield(.failed(id: lookup.id, error: error))
                    }
                }
            case .space(let key) where client.site.kind == .dataCenter:
                await DataCenterSpaceFeed(client: client, key: key, total: total).run(into: continuation)
            case .space(let key):
                await Self.drain(client.pagesWithBodies(inSpace: key), into: continuation)
            case .label, .cql:
                await Self.drain(client.contentSearch(cql: selector.equivalentCQL, expand: ConfluenceClient.bodyExpansion,
                                                      limit: ConfluenceClient.bulkLimit), into: continuation)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// What the selection leaves out that a person might expect: the archived pages of a space, or matches in
    /// archived spaces (their count beyond `expected`). Best effort: a failing query adds nothing.
    func skippedItems(expected: Int?) async -> [IngestReport.Skipped] {
        switch selector {
        case .pageIDs:
            return []
        case .space(let key):
            guard let archived = try? await client.spacePages(key: key, status: .archived, expand: "", limit: ConfluenceClient.bulkLimit).collect(),
                  !archived.isEmpty else { return [] }
            return [IngestReport.Skipped(reason: "archived_page", count: archived.count, pageIDs: archived.map(\.id),
                                         note: "archived pages of space \(key); the loader lists current pages only")]
        case .label, .cql:
            guard let expected, let withArchived = try? await client.count(cql: selector.equivalentCQL, includeArchivedSpaces: true),
                  withArchived > expected else { return [] }
            return [IngestReport.Skipped(reason: "archived_space", count: withArchived - expected, pageIDs: nil,
                                         note: "matches in archived spaces; CQL search leaves archived spaces out unless includeArchivedSpaces=true")]
        }
    }

    /// Yields every page of a listing, then the error that stopped it, if any.
    private static func drain(_ pages: PagedSequence<Page>, into continuation: AsyncStream<FeedItem>.Continuation) async {
        do throws(ConfluenceError) {
            for try await page in pages { continuation.yield(.page(page)) }
        } catch {
            continuation.yield(.listingFailed(error))
        }
    }

    /// The ids without repeats, first occurrence kept.
    static func distinct(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
