/// Where an OAuth provider keeps its tokens; `saveTokens` must be durable when it returns.
public protocol TokenStore: Sendable {
    /// The tokens stored, or nil before the first login.
    func loadTokens() async throws -> OAuthTokens?
    /// Stores rotated tokens durably (the provider uses a new access token only after this returns).
    func saveTokens(_ tokens: OAuthTokens) async throws
    /// Records that the refresh token was refused, so the account needs `auth login`.
    func markNeedsLogin() async throws
    /// Runs one rotation (read stored tokens, refresh, save) while no other process can rotate the same tokens.
    func withRotationLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T
}

extension TokenStore {
    /// Runs the rotation without a cross-process lock (for stores only one process uses).
    public func withRotationLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await body()
    }
}
