public import DataSources
public import StorageFormat

/// Everything the browser needs from a Confluence site. Implementations are thread-safe and every
/// call may be cancelled (the app cancels loads the user moved away from).
public protocol BrowserBackend: Sendable {
    /// A short name for the site, shown in the accounts pane and breadcrumbs.
    var displayName: String { get }
    /// All spaces the user can see.
    func spaces() async throws(BackendError) -> [SpaceSummary]
    /// The top-level items of a space's page tree.
    func rootItems(spaceKey: String) async throws(BackendError) -> [TreeItem]
    /// The direct children of an item.
    func children(of id: String, kind: ItemKind) async throws(BackendError) -> [TreeItem]
    /// A page with its body and header metadata.
    func page(id: String) async throws(BackendError) -> PageDetail
    /// How many pages an ingestion of `selector` pulls, the number its preview shows; a rejected query throws the
    /// server's sentence.
    func count(of selector: ConfluenceDataSource.Selector) async throws(BackendError) -> Int
    /// The labels on the pages of `spaceKey` (nil: the whole site), scanning at most `scanLimit` pages.
    func labelCounts(spaceKey: String?, scanLimit: Int) async throws(BackendError) -> LabelCounts
    /// The ids of every page below `id`, at any depth, telling `found` how many it has so far as they arrive.
    func descendantIDs(of id: String, found: @escaping @Sendable (Int) -> Void) async throws(BackendError) -> [String]
    /// A stream of request events for the status line (a fresh subscriber per call).
    func events() -> AsyncStream<BackendEvent>
    /// Display names of the users the site knows among `users`; the others are left out.
    func userNames(for users: Set<UserRef>) async -> [UserRef: String]
    /// The ingestion preview of `selector` on this site (the selection LlamaIndex's reader makes), if it can run one.
    func ingestPreview(of selector: ConfluenceDataSource.Selector) -> IngestPreview?
}

extension BrowserBackend {
    /// The ids of every page below `id`, at any depth.
    public func descendantIDs(of id: String) async throws(BackendError) -> [String] {
        try await descendantIDs(of: id, found: { _ in })
    }

    /// A backend without a user directory names nobody: mentions show their ids.
    public func userNames(for users: Set<UserRef>) async -> [UserRef: String] { [:] }

    /// The ingestion preview of `selector` on this site, or nil when the backend cannot run one (the default).
    public func ingestPreview(of selector: ConfluenceDataSource.Selector) -> IngestPreview? { nil }
}
