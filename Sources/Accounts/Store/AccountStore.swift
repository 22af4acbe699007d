public import Foundation
public import LocalStore

/// Loads and saves `accounts.json`; every change is a locked read-modify-write with an atomic replace,
/// so two processes changing accounts at once both land and neither file is ever half written.
///
/// A corrupt file is reported with its path and line and is never overwritten.
public struct AccountStore: Sendable {
    /// `accounts.json`.
    public let fileURL: URL
    /// `accounts.lock`, held while changing the file.
    public let lock: FileLock
    /// How long a change waits for another writer.
    public let lockTimeout: Duration
    private let io: ConfigFileIO

    /// A store in the configuration folder `directory`.
    public init(directory: ConfigDirectory, lockTimeout: Duration = .seconds(10)) {
        self.fileURL = directory.file("accounts.json")
        self.lock = FileLock(url: directory.file("accounts.lock"))
        self.lockTimeout = lockTimeout
        self.io = ConfigFileIO(url: fileURL, mode: 0o600)
    }

    /// The accounts as stored; an absent file means no accounts yet.
    public func load() throws(AccountsError) -> AccountsFile {
        guard let data = try io.contents() else { return AccountsFile() }
        let file = try JSONFileCodec.decode(AccountsFile.self, from: data, path: fileURL.path)
        guard file.version <= AccountsFile.currentVersion else {
            throw AccountsError(.unsupportedVersion(path: fileURL.path, version: file.version))
        }
        // A hand edit can repeat a name (names differing only in case are one) or mark two defaults, which no command
        // makes: which one is meant is unknown.
        var names: [String: String] = [:]
        for account in file.accounts {
            if let first = names.updateValue(account.name, forKey: account.name.lowercased()) {
                let named = first == account.name ? account.name : "\(first) and \(account.name) (names differing only in case are one)"
                throw AccountsError(.corruptFile(path: fileURL.path, line: nil, column: nil,
                                                 detail: "two accounts are named \(named); rename or remove one"))
            }
        }
        let defaults = file.accounts.filter(\.isDefault).map(\.name)
        if defaults.count > 1 {
            throw AccountsError(.corruptFile(path: fileURL.path, line: nil, column: nil,
                                             detail: "\(defaults.count) accounts are marked default (\(defaults.joined(separator: ", "))); keep one"))
        }
        return file
    }

    /// The named account, or the default one when `name` is nil.
    public func account(named name: String?) throws(AccountsError) -> Account {
        try load().account(named: name)
    }

    /// Changes the accounts under the lock: reads the current file, lets `change` edit it, writes it back
    /// atomically (only when it changed), and returns what `change` returned.
    public func update<T>(_ change: (inout AccountsFile) throws -> T) async throws -> T {
        try io.prepareFolder()
        do {
            return try await lock.withLock(timeout: lockTimeout) {
                var file = try load()
                let before = file
                let result = try change(&file)
                if file != before { try io.write(JSONFileCodec.encode(file)) }
                return result
            }
        } catch let error as FileSystemError {
            throw AccountsError.file(error)
        }
    }

    /// Adds a new account (the first one becomes the default).
    public func add(_ account: Account) async throws {
        try await update { try $0.add(account) }
    }

    /// Replaces the stored account of the same name.
    public func replace(_ account: Account) async throws {
        try await update { try $0.replace(account) }
    }

    /// Changes the named account in place and returns its new version.
    @discardableResult
    public func modify(named name: String, _ change: (inout Account) -> Void) async throws -> Account {
        try await update { file in
            try file.modify(named: name, change)
            return try file.account(named: name)
        }
    }

    /// Removes the named account and returns it.
    @discardableResult
    public func remove(named name: String) async throws -> Account {
        try await update { try $0.remove(named: name) }
    }

    /// Makes the named account the default.
    public func setDefault(named name: String) async throws {
        try await update { try $0.setDefault(named: name) }
    }

    /// Records the outcome of `accounts test` for the named account.
    public func recordTest(_ result: AccountTestResult, forAccount name: String) async throws {
        try await modify(named: name) { $0.lastTest = result }
    }

    /// Sets or clears the needs-login mark of the named account.
    public func setNeedsLogin(_ needsLogin: Bool, forAccount name: String) async throws {
        try await modify(named: name) { $0.needsLogin = needsLogin }
    }
}
