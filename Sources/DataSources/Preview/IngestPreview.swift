public import ConfluenceKit

/// Runs exactly the selection an ingestion of a data source would make (LlamaIndex's `ConfluenceReader`
/// semantics), quickly (a count and the first titles) or fully (every page's body, measured).
///
/// What each selector selects, as the reader does:
/// - `space_key`: every current page of the space, the space archived or not;
/// - `page_ids`: those pages, any status but draft;
/// - `label`: CQL `type="page" AND label="X"`, archived spaces left out;
/// - `cql`: the query as written, archived spaces left out.
public struct IngestPreview: Sendable {
    /// The client the preview reads through; its in-flight limit bounds the preview's concurrency.
    public let client: ConfluenceClient
    /// What is previewed.
    public let selector: ConfluenceDataSource.Selector
    let clock: any ClientClock

    /// How many titles the quick look lists.
    public static let quickLimit = 50

    /// Creates a preview of one selector; `clock` times the full pass (tests pass a `VirtualClock`).
    public init(client: ConfluenceClient, selector: ConfluenceDataSource.Selector, clock: any ClientClock = SystemClock()) {
        self.client = client
        self.selector = selector
        self.clock = clock
    }

    /// Creates a preview of a definition's selector; throws when it has none or several.
    public init(client: ConfluenceClient, definition: DataSourceDefinition, clock: any ClientClock = SystemClock()) throws(IngestPreviewError) {
        guard let selector = definition.selector else {
            throw IngestPreviewError(reason: .noSelector(name: definition.name, fields: definition.component.selectors.map(\.fieldName)))
        }
        self.init(client: client, selector: selector, clock: clock)
    }

    /// The quick part: the count (as `count()` gives it) and the first 50 pages with space and breadcrumb, fetched
    /// concurrently; for `page_ids` the lookups of the first pages count those, and only the ids past them are checked
    /// beside them, so each id is looked up once.
    public func quickLook() async throws(IngestPreviewError) -> IngestQuickLook {
        if case .pageIDs(let ids) = selector {
            let later = Array(Self.distinct(ids).dropFirst(Self.quickLimit))
            async let absentLater = Self.catching { () throws(IngestPreviewError) in try await absentPageIDs(among: later) }
            let (pages, missing) = try await firstPagesAndMissing(limit: Self.quickLimit)
            let absent = try await absentLater.get()
            return IngestQuickLook(total: pages.count + later.count - absent.count, first: pages, missing: missing + absent)
        }
        async let space = Self.catching { () throws(IngestPreviewError) in try await checkSpace() }
        async let total = Self.catching { () throws(IngestPreviewError) in try await count() }
        async let first = Self.catching { () throws(IngestPreviewError) in try await firstPagesAndMissing(limit: Self.quickLimit) }
        try await space.get()
        let (pages, missing) = try await first.get()
        return IngestQuickLook(total: try await total.get(), first: pages, missing: missing)
    }

    /// Fails as the full pass does when the site has no space of exactly the selected key: a search, which the count
    /// and the first pages come from, may match the key in another case (`eng` for `ENG`) that the listing does not.
    private func checkSpace() async throws(IngestPreviewError) {
        guard case .space(let key) = selector else { return }
        do throws(ConfluenceError) {
            _ = try await client.space(key: key)
        } catch {
            throw .request(error)
        }
    }

    /// Wraps a typed-throwing call in a `Result`, so two can run side by side with `async let`.
    private static func catching<Value: Sendable>(_ body: () async throws(IngestPreviewError) -> Value) async -> Result<Value, IngestPreviewError> {
        do throws(IngestPreviewError) {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
