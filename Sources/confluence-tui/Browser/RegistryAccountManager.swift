import Accounts
import BrowserApp
import ConfluenceKit
import DataSources
import Foundation

/// The accounts pane's manager over the configuration folder's `AccountRegistry`: the TUI's add,
/// edit, test and remove do what `accounts add|remove|test` do.
struct RegistryAccountManager: AccountManager {
    let registry: AccountRegistry

    /// Every auth kind; an OAuth account's user field holds its app's client id.
    var authKinds: [AuthKindChoice] {
        AuthKind.allCases.map { AuthKindChoice(id: $0.rawValue, title: $0.description,
                                               userLabel: $0 == .oauth3LO ? "Client" : $0.needsUser ? "User" : nil) }
    }

    func accounts() async throws(BackendError) -> [ManagedAccount] {
        do {
            return try registry.list().accounts.map(Self.managed)
        } catch {
            throw BackendError(message: String(describing: error))
        }
    }

    /// Adds, or replaces keeping what the form does not show (OAuth redirect, scopes and endpoints, default, cloud id);
    /// for OAuth the user field is the client id.
    func save(_ form: AccountForm, replacing: String?) async throws(AccountSaveError) {
        guard let kind = AuthKind(rawValue: form.authKind) else { throw AccountSaveError("choose an auth kind", field: .authKind) }
        if let problem = Accounts.Account.nameProblem(form.name) { throw AccountSaveError(problem, field: .name) }
        let url: URL
        do {
            url = try SiteAddress.parse(form.site)
        } catch {
            throw AccountSaveError(error.description, field: .site)
        }
        if let replacing, replacing != form.name {
            throw AccountSaveError("an account cannot be renamed here; add \(form.name) and remove \(replacing)", field: .name)
        }
        let source = try Self.secretSource(of: form)
        let secret: Secret?
        do {
            secret = form.secret.isEmpty ? nil
                : try Secret(reading: form.secret, origin: "the \(kind.secretName) typed", keepingSpaces: kind.secretMayHoldSpaces)
        } catch {
            throw AccountSaveError(error.description, field: .secret)
        }
        let user = form.user.isEmpty || kind == .oauth3LO ? nil : form.user
        var account: Accounts.Account
        do {
            account = try replacing.map { try registry.list().account(named: $0) }
                ?? Accounts.Account(name: form.name, siteURL: url, authKind: kind)
        } catch {
            throw AccountSaveError(String(describing: error))
        }
        account.siteURL = url
        if account.authKind != kind { account.siteKind = kind.naturalSiteKind }
        account.authKind = kind
        account.user = user
        account.secretSource = source
        if kind == .oauth3LO {
            var oauth = account.oauth ?? OAuthSettings(clientId: form.user)
            oauth.clientId = form.user
            account.oauth = oauth
        }
        do {
            if replacing == nil {
                try await registry.add(account, secret: secret)
            } else {
                try await registry.edit(account, newSecret: secret)
            }
        } catch {
            throw AccountSaveError(String(describing: error), field: (error as? AccountsError)?.setting.flatMap(Self.field(showing:)))
        }
    }

    /// The form field that shows `setting` (the user field holds an OAuth app's client id); nil for settings the form
    /// does not show.
    static func field(showing setting: AccountProblem.Setting) -> AccountFormState.Field? {
        switch setting {
        case .name: .name
        case .site: .site
        case .authKind: .authKind
        case .user: .user
        case .secret: .secret
        case .endpoints, .redirectURI: nil
        }
    }

    func remove(named name: String) async throws(BackendError) {
        do {
            try await registry.remove(named: name)
        } catch {
            throw BackendError(message: String(describing: error))
        }
    }

    func test(named name: String) async -> AccountTestOutcome {
        let result = await registry.test(named: name).result
        return AccountTestOutcome(ok: result.ok, sentence: result.sentence, at: result.at)
    }

    /// The loopback login `auth login` runs, with the address shown in the pane and opened in a browser when one is found;
    /// when the token reaches several sites the pane offers them and the pick is stored like `auth login`'s.
    func logIn(named name: String, present: @escaping @Sendable (String) async -> Void,
               pickSite: @escaping @Sendable ([String]) async throws -> Int) async throws(BackendError) -> String {
        do {
            return try await registry.login(named: name, codeSource: .loopback(timeout: .seconds(300)), present: { request in
                await present(request.url.absoluteString)
                BrowserOpener.open(request.url)
            }, pickSite: { sites in
                let index = try await pickSite(sites.map { "\($0.name) · \($0.url.absoluteString)" })
                guard sites.indices.contains(index) else { throw BackendError(message: "no site was chosen") }
                return sites[index]
            }).sentence
        } catch let error as BackendError {
            throw error
        } catch {
            throw BackendError(message: String(describing: error))
        }
    }

    /// The secret source a form names (a command is split on spaces and run without a shell, as `--secret-command`).
    static func secretSource(of form: AccountForm) throws(AccountSaveError) -> SecretSource {
        switch form.secretOrigin {
        case .credentialsFile:
            return .credentialsFile
        case .environment:
            guard !form.secretReference.isEmpty else {
                throw AccountSaveError("name the environment variable that holds the secret", field: .secret)
            }
            return .environment(form.secretReference)
        case .command:
            guard let command = SecretSource.command(line: form.secretReference) else {
                throw AccountSaveError("give the command that prints the secret", field: .secret)
            }
            return command
        }
    }

    /// The pane entry, editable fields and last test of a configured account.
    static func managed(_ account: Accounts.Account) -> ManagedAccount {
        let entry = BrowserAccount(name: account.name, detail: account.siteURL.absoluteString, sourceTemplate: account.sourceTemplate)
        let origin: (SecretOrigin, String)
        switch account.secretSource {
        case .credentialsFile: origin = (.credentialsFile, "")
        case .environment(let name): origin = (.environment, name)
        case .command(let argv): origin = (.command, argv.joined(separator: " "))
        }
        let form = AccountForm(name: account.name, site: account.siteURL.absoluteString, authKind: account.authKind.rawValue,
                               user: (account.authKind == .oauth3LO ? account.oauth?.clientId : account.user) ?? "",
                               secretOrigin: origin.0, secretReference: origin.1)
        let lastTest = account.lastTest.map { AccountTestOutcome(ok: $0.ok, sentence: $0.sentence, at: $0.at) }
        return ManagedAccount(entry: entry, form: form, lastTest: lastTest, isDefault: account.isDefault)
    }
}
