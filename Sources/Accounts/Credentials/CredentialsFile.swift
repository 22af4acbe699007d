public import ConfluenceKit
public import Foundation
public import LocalStore

/// Loads and saves `credentials.json`, which is created with mode 0600 and refused when its mode is looser.
///
/// Changes are locked read-modify-writes with an atomic, durable replace (temporary file, fsync, rename,
/// directory fsync), so a write that returned survives a crash.
public struct CredentialsFile: Sendable {
    /// `credentials.json`.
    public let fileURL: URL
    /// `credentials.lock`, held while changing the file.
    public let lock: FileLock
    /// How long a change waits for another writer.
    public let lockTimeout: Duration
    private let io: ConfigFileIO

    /// The file in the configuration folder `directory`.
    public init(directory: ConfigDirectory, lockTimeout: Duration = .seconds(10)) {
        self.fileURL = directory.file("credentials.json")
        self.lock = FileLock(url: directory.file("credentials.lock"))
        self.lockTimeout = lockTimeout
        self.io = ConfigFileIO(url: fileURL, mode: 0o600)
    }

    /// The stored secrets; an absent file holds none. Throws when the file is readable by others.
    public func load() throws(AccountsError) -> Credentials {
        if let mode = try io.permissions(), mode & 0o077 != 0 {
            throw AccountsError(.tooOpen(path: fileURL.path, mode: mode))
        }
        guard let data = try io.contents() else { return Credentials() }
        let wire = try JSONFileCodec.decode(CredentialsWire.self, from: data, path: fileURL.path)
        guard wire.version <= 1 else { throw AccountsError(.unsupportedVersion(path: fileURL.path, version: wire.version)) }
        return wire.model
    }

    /// The entry of one account.
    public func entry(forAccount name: String) throws(AccountsError) -> StoredCredentials {
        try load()[name]
    }

    /// Changes the secrets under the lock and writes them back durably with mode 0600.
    public func update<T>(_ change: (inout Credentials) throws -> T) async throws -> T {
        try io.prepareFolder()
        do {
            return try await lock.withLock(timeout: lockTimeout) {
                var credentials = try load()
                let before = credentials
                let result = try change(&credentials)
                if credentials != before { try io.write(JSONFileCodec.encode(CredentialsWire(credentials))) }
                return result
            }
        } catch let error as FileSystemError {
            throw AccountsError.file(error)
        }
    }

    /// Stores the account's secret (API token, password, personal access token, or OAuth client secret).
    public func setSecret(_ secret: Secret, forAccount name: String) async throws {
        try await update { $0[name].secret = secret }
    }

    /// Stores the account's OAuth tokens durably (nil removes them).
    public func setTokens(_ tokens: OAuthTokens?, forAccount name: String) async throws {
        try await update { $0[name].tokens = tokens }
    }

    /// Forgets everything stored for the account.
    public func removeAccount(named name: String) async throws {
        try await update { $0[name] = StoredCredentials() }
    }
}
