public import DataSources

/// The backend of an account the browser could not connect (its saved site or secret is unusable): every call fails
/// with that sentence, so the browser still opens, says what is wrong, and lets the user fix, remove or switch accounts.
public struct UnreachableBackend: BrowserBackend {
    public let displayName: String
    /// Why the account cannot be reached.
    public let error: BackendError

    /// A backend for account `displayName` that fails with `error`.
    public init(displayName: String, error: BackendError) {
        self.displayName = displayName
        self.error = error
    }

    public func spaces() async throws(BackendError) -> [SpaceSummary] { throw error }
    public func rootItems(spaceKey: String) async throws(BackendError) -> [TreeItem] { throw error }
    public func children(of id: String, kind: ItemKind) async throws(BackendError) -> [TreeItem] { throw error }
    public func page(id: String) async throws(BackendError) -> PageDetail { throw error }
    public func count(of selector: ConfluenceDataSource.Selector) async throws(BackendError) -> Int { throw error }
    public func labelCounts(spaceKey: String?, scanLimit: Int) async throws(BackendError) -> LabelCounts { throw error }
    public func descendantIDs(of id: String, found: @escaping @Sendable (Int) -> Void) async throws(BackendError) -> [String] { throw error }

    /// No requests, so no events: a stream that has already ended.
    public func events() -> AsyncStream<BackendEvent> { AsyncStream { $0.finish() } }
}
