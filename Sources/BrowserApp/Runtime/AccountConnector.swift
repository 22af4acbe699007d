/// Makes the backend for an account chosen in the accounts pane (reading its configuration and
/// credentials is the caller's business).
public typealias AccountConnector = @Sendable (Account) async throws(BackendError) -> any BrowserBackend
