public import ConfluenceKit
public import Foundation
public import LocalStore

/// The accounts of one configuration folder, as the CLI and TUI use them: list, add, edit, remove,
/// default, test and OAuth login, each keeping `accounts.json` and `credentials.json` consistent.
public struct AccountRegistry: Sendable {
    /// Resolves accounts and owns both files.
    public let resolver: AccountResolver
    /// Sends Confluence and token requests.
    public let transport: any HTTPTransport

    /// A registry over the configuration folder (by default the one the environment names).
    public init(directory: ConfigDirectory = .resolve(), transport: any HTTPTransport, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(resolver: AccountResolver(directory: directory, transport: transport, environment: environment), transport: transport)
    }

    /// A registry over an existing resolver.
    public init(resolver: AccountResolver, transport: any HTTPTransport) {
        self.resolver = resolver
        self.transport = transport
    }

    /// Every account, in order (`accounts list`).
    public func list() throws(AccountsError) -> AccountsFile {
        try resolver.accounts.load()
    }

    /// Adds an account; `secret` is stored in `credentials.json` (only for accounts whose source is that file).
    ///
    /// When the secret cannot be stored, the account is taken out again so no half-made account remains.
    public func add(_ account: Account, secret: Secret?) async throws {
        try Self.check(secret, for: account)
        try await resolver.accounts.add(account)
        guard let secret else { return }
        do {
            try await resolver.credentials.setSecret(secret, forAccount: account.name)
        } catch {
            _ = try? await resolver.accounts.remove(named: account.name)
            throw error
        }
    }

    /// Replaces an account (`accounts edit`, the browser's form), and its stored secret when a new one is given; a secret
    /// that now comes from elsewhere is no longer kept in `credentials.json`. An edit that changes how the account connects
    /// (its site, auth, user or secret) forgets its last test, which says nothing about the new settings; one of the site
    /// forgets its cloudId; one of an OAuth account's site, app or endpoints drops its tokens and asks for a login.
    public func edit(_ account: Account, newSecret: Secret?) async throws {
        // The secret already kept is no new secret: the account's last test still holds.
        let newSecret = newSecret.flatMap { storesSecret($0, forAccount: account.name) ? nil : $0 }
        // credentials.json is read only when the edit keeps a secret there without giving one.
        // A damaged file is said to be damaged, not taken for one without the secret.
        let stored = try newSecret == nil && account.secretSource == .credentialsFile
            && resolver.credentials.entry(forAccount: account.name).secret != nil
        try Self.check(newSecret, for: account, stored: stored)
        var account = account
        var tokensStale = false
        if let stored = try? list().account(named: account.name) {
            if newSecret != nil || !account.connectsLike(stored) { account.lastTest = nil }
            // Another site has another cloudId (found again, or at the next login); OAuth tokens belong to the app, the
            // authorization server and the site they were granted for, so a change of any of them needs a new login.
            if account.siteURL != stored.siteURL { account.cloudId = nil }
            if account.authKind == .oauth3LO, account.siteURL != stored.siteURL || account.oauth?.clientId != stored.oauth?.clientId
                || account.effectiveEndpoints != stored.effectiveEndpoints {
                account.needsLogin = true
                tokensStale = true
            }
        }
        try await resolver.accounts.replace(account)
        if let newSecret {
            try await resolver.credentials.setSecret(newSecret, forAccount: account.name)
        } else if account.secretSource != .credentialsFile {
            try await resolver.credentials.update { $0[account.name].secret = nil }
        }
        if tokensStale { try await resolver.credentials.update { $0[account.name].tokens = nil } }
        resolver.forgetProvider(forAccount: account.name)
    }

    /// Whether `secret` is the one `credentials.json` keeps for account `name`.
    public func storesSecret(_ secret: Secret, forAccount name: String) -> Bool {
        (try? resolver.credentials.entry(forAccount: name).secret) == secret
    }

    /// Removes an account and everything stored for it in `credentials.json`. Its secrets go first: when they cannot
    /// (a damaged `credentials.json`), the account stays listed, so removing it again once the file is repaired takes
    /// them, rather than leaving them behind an account no command can name. An account that keeps nothing there (its
    /// secret read from the environment or a command, and no OAuth tokens) goes all the same.
    /// - Returns: the account that became the default in its place, when it was the default and others are left.
    @discardableResult
    public func remove(named name: String) async throws -> String? {
        let account = try list().account(named: name)
        do {
            try await resolver.credentials.removeAccount(named: name)
        } catch let error as AccountsError where error.isCorruptFile || error.isUnsupportedVersion {
            if account.secretSource == .credentialsFile || account.authKind == .oauth3LO {
                throw error.advising("repair or delete it, then remove \(name) again")
            }
        }
        try await resolver.accounts.remove(named: name)
        resolver.forgetProvider(forAccount: name)
        return account.isDefault ? try list().accounts.first(where: \.isDefault)?.name : nil
    }

    /// Makes an account the default.
    public func setDefault(named name: String) async throws {
        try await resolver.accounts.setDefault(named: name)
    }

    /// Runs `accounts test` on the named (or default) account and records the result.
    public func test(named name: String?) async -> AccountTestReport {
        await AccountTester(resolver: resolver, transport: transport).test(accountNamed: name)
    }

    /// Runs `auth login` for a 3LO account.
    public func login(
        named name: String,
        codeSource: OAuthLogin.CodeSource,
        present: @Sendable (AuthorizationRequest) async -> Void,
        pickSite: @Sendable ([AccessibleResource]) async throws -> AccessibleResource
    ) async throws -> OAuthLogin.Outcome {
        try await OAuthLogin(resolver: resolver).run(accountName: name, codeSource: codeSource, present: present, pickSite: pickSite)
    }

    /// A client for the named (or default) account (`--account NAME` on every subcommand).
    public func client(named name: String?, configuration: ClientConfiguration = ClientConfiguration()) async throws -> ConfluenceClient {
        try await resolver.resolve(named: name).client(transport: transport, configuration: configuration)
    }

    /// Refuses a secret the account would not use or that is empty, and an account keeping its secret in
    /// `credentials.json` with none given and none `stored`.
    private static func check(_ secret: Secret?, for account: Account, stored: Bool = false) throws(AccountsError) {
        guard let secret else {
            guard account.secretSource != .credentialsFile || stored else {
                throw AccountsError(.invalid(AccountProblem(.secret, "account \(account.name) keeps its \(account.authKind.secretName) in credentials.json, and none was given")))
            }
            return
        }
        guard account.secretSource == .credentialsFile else {
            throw AccountsError(.invalid(AccountProblem(.secret, "account \(account.name) reads its secret from \(account.secretSource); a secret given here would never be used")))
        }
        guard !secret.isEmpty else { throw AccountsError(.invalid(AccountProblem(.secret, "the \(account.authKind.secretName) of account \(account.name) is empty"))) }
    }
}
