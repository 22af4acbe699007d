import BrowserApp
import DataSources
import Foundation
import Synchronization

/// An in-memory account manager: accounts by name, a log of calls, and secrets kept apart (never listed).
final class FakeAccountManager: AccountManager {
    let authKinds = [AuthKindChoice(id: "cloud_basic", title: "Cloud API token"), AuthKindChoice(id: "data_center_pat", title: "Data Center personal access token", userLabel: nil),
                     AuthKindChoice(id: "oauth_3lo", title: "OAuth 2.0 (3LO)", userLabel: "Client")]
    private let state = Mutex(State())
    private let callbacks = AsyncStream<Bool>.makeStream()

    private struct State {
        var accounts: [ManagedAccount] = []
        var secrets: [String: String] = [:]
        var calls: [String] = []
    }

    /// The sites the login's token reaches; with more than one the login asks which to use.
    private let grantedSites: [String]

    init(accounts: [AccountForm] = [], grantedSites: [String] = ["Work"]) {
        self.grantedSites = grantedSites
        state.withLock { state in state.accounts = accounts.map(Self.managed) }
    }

    /// Calls so far: "save new", "save work", "remove work", "test work", "test slow stopped" (cancelled), "login work", "login work stopped" (cancelled).
    var calls: [String] { state.withLock { $0.calls } }
    /// The secret stored for an account.
    func secret(of name: String) -> String? { state.withLock { $0.secrets[name] } }

    /// The accounts, the first the default, as the registry makes the first remaining one when the default goes.
    func accounts() async throws(BackendError) -> [ManagedAccount] {
        state.withLock { state in
            state.accounts.enumerated().map { index, account in
                var listed = account
                listed.isDefault = index == 0
                return listed
            }
        }
    }

    func save(_ form: AccountForm, replacing: String?) async throws(AccountSaveError) {
        try state.withLock { (state: inout State) throws(AccountSaveError) in
            state.calls.append("save \(replacing ?? "new")")
            guard !form.site.hasSuffix("://refused.example") else { throw AccountSaveError("the store refused the site", field: .site) }
            guard form.secret != "refused" else { throw AccountSaveError("the store refused the secret", field: .secret) }
            guard form.user != "disk-full" else { throw AccountSaveError("the accounts file could not be written") }
            if let replacing { state.accounts.removeAll { $0.entry.name == replacing } }
            var stored = form
            stored.secret = ""
            state.accounts.append(Self.managed(stored))
            if !form.secret.isEmpty { state.secrets[form.name] = form.secret }
        }
    }

    /// Changes an account's user as another process would, behind the browser's back.
    func editElsewhere(_ name: String, user: String) {
        state.withLock { state in
            guard let index = state.accounts.firstIndex(where: { $0.entry.name == name }) else { return }
            var form = state.accounts[index].form
            form.user = user
            state.accounts[index] = Self.managed(form)
        }
    }

    /// Removes an account as another process would, behind the browser's back.
    func removeElsewhere(_ name: String) {
        state.withLock { $0.accounts.removeAll { $0.entry.name == name } }
    }

    func remove(named name: String) async throws(BackendError) {
        state.withLock { state in
            state.calls.append("remove \(name)")
            state.accounts.removeAll { $0.entry.name == name }
        }
    }

    /// A test of an account named `slow…` waits, as on a site that does not answer, until it is cancelled.
    func test(named name: String) async -> AccountTestOutcome {
        if name.hasPrefix("slow") {
            state.withLock { $0.calls.append("test \(name)") }
            try? await Task.sleep(for: .seconds(600))
            state.withLock { $0.calls.append("test \(name) stopped") }
            return AccountTestOutcome(ok: false, sentence: "the test was cancelled", at: Date(timeIntervalSince1970: 1_700_000_000))
        }
        return state.withLock { state in
            state.calls.append("test \(name)")
            let ok = state.secrets[name] != nil
            let outcome = AccountTestOutcome(ok: ok, sentence: ok ? "signed in as Alice on \(name)" : "no secret is stored for \(name)",
                                             at: Date(timeIntervalSince1970: 1_700_000_000))
            if let index = state.accounts.firstIndex(where: { $0.entry.name == name }) { state.accounts[index].lastTest = outcome }
            return outcome
        }
    }

    /// Ends the login waiting in `logIn`, as the browser's callback would: signed in, or refused.
    func completeLogin(succeeding: Bool) {
        callbacks.continuation.yield(succeeding)
    }

    func logIn(named name: String, present: @escaping @Sendable (String) async -> Void,
               pickSite: @escaping @Sendable ([String]) async throws -> Int) async throws(BackendError) -> String {
        state.withLock { $0.calls.append("login \(name)") }
        await present("https://auth.example/authorize?client_id=\(name)")
        for await succeeded in callbacks.stream {
            guard succeeded else { throw BackendError(message: "the login was refused: state mismatch") }
            var site = grantedSites[0]
            if grantedSites.count > 1 {
                guard let index = try? await pickSite(grantedSites) else { break }
                site = grantedSites[index]
            }
            return "Signed in: \(name) now reads \(site) through the API gateway."
        }
        state.withLock { $0.calls.append("login \(name) stopped") }
        throw BackendError(message: "the login was cancelled")
    }

    /// An account as the registry lists one: its site is where its definitions select pages.
    private static func managed(_ form: AccountForm) -> ManagedAccount {
        let template = ConfluenceDataSource(serverURL: form.site + "/wiki", authenticationMechanism: .basic, userName: form.user)
        return ManagedAccount(entry: Account(name: form.name, detail: form.site, sourceTemplate: template), form: form)
    }
}
