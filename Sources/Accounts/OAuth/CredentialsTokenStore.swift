import Foundation
import LocalStore

/// A `TokenStore` backed by `credentials.json` (tokens) and `accounts.json` (the needs-login mark).
public struct CredentialsTokenStore: TokenStore {
    /// The account whose tokens these are.
    public let accountName: String
    /// Holds the tokens.
    public let credentials: CredentialsFile
    /// Holds the needs-login mark.
    public let accounts: AccountStore
    /// Serialises rotations between processes (`credentials.rotation.lock`).
    private let rotationLock: FileLock

    /// Creates a store for one account.
    public init(accountName: String, credentials: CredentialsFile, accounts: AccountStore) {
        self.accountName = accountName
        self.credentials = credentials
        self.accounts = accounts
        self.rotationLock = FileLock(url: credentials.fileURL.deletingLastPathComponent().appendingPathComponent("credentials.rotation.lock"))
    }

    /// Holds `credentials.rotation.lock` for the rotation, so two processes never spend the same refresh token.
    public func withRotationLock<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await rotationLock.withLock(timeout: .seconds(60)) { try await body() }
    }

    /// The tokens in `credentials.json`.
    public func loadTokens() async throws -> OAuthTokens? {
        try credentials.entry(forAccount: accountName).tokens
    }

    /// Writes the tokens to `credentials.json` (atomic, fsynced, mode 0600) before returning.
    public func saveTokens(_ tokens: OAuthTokens) async throws {
        try await credentials.setTokens(tokens, forAccount: accountName)
    }

    /// Marks the account and forgets its dead tokens.
    public func markNeedsLogin() async throws {
        try await accounts.setNeedsLogin(true, forAccount: accountName)
        try await credentials.setTokens(nil, forAccount: accountName)
    }
}
