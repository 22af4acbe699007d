import Accounts
import BrowserApp
import ConfluenceKit
import DataSources
import Foundation

/// The accounts pane's manager over the configuration folder's `AccountRegistry`: the TUI's add,
/// edit, test and remove do what `accounts add|remove|test` do.
struct RegistryAccountManager: AccountManager {
    let registry: AccountRegistry

    var authKinds: [(id: String, title: String)] { AuthKind.allCases.map { ($0.rawValue, $0.description) } }

    func accounts() async throws(BackendError) -> [ManagedAccount] {
        do {
            return try registry.list().accounts.map(Self.managed)
        } catch {
            throw BackendError(message: String(describing: error))
        }
    }

    /// Adds, or replaces keeping what the form does not show (secret source, OAuth settings, default, cloud id).
    func save(_ form: AccountForm, replacing: String?) async throws(BackendError) {
        guard let kind = AuthKind(rawValue: form.authKind) else { throw BackendError(message: "choose an auth kind") }
        guard let url = URL(string: form.site), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http", url.host != nil else {
            throw BackendError(message: "the site \"\(form.site)\" is not an http(s) URL, e.g. https://example.atlassian.net")
        }
        if let replacing, replacing != form.name {
            throw BackendError(message: "an account cannot be renamed here; add \(form.name) and remove \(replacing)")
        }
        let (source, secret) = try Self.secretSource(of: form)
        do {
            if let replacing {
                var account = try registry.list().account(named: replacing)
                account.siteURL = url
                if account.authKind != kind { account.siteKind = kind.naturalSiteKind }
                account.authKind = kind
                account.user = form.user.isEmpty ? nil : form.user
                account.secretSource = source
                try await registry.edit(account, newSecret: secret)
            } else {
                let account = Accounts.Account(name: form.name, siteURL: url, authKind: kind, user: form.user.isEmpty ? nil : form.user,
                                               secretSource: source)
                try await registry.add(account, secret: secret)
            }
        } catch {
            throw BackendError(message: String(describing: error))
        }
    }

    /// Where the form says the secret comes from, and the typed secret to store when it is typed.
    static func secretSource(of form: AccountForm) throws(BackendError) -> (SecretSource, Secret?) {
        switch form.secretChoice {
        case .stored:
            return (.credentialsFile, form.secret.isEmpty ? nil : Secret(form.secret))
        case .environment:
            guard !form.secret.isEmpty, !form.secret.contains(" ") else {
                throw BackendError(message: "name the environment variable that holds the secret, e.g. CONFLUENCE_API_TOKEN")
            }
            return (.environment(form.secret), nil)
        case .command:
            guard let command = SecretSource.command(line: form.secret) else {
                throw BackendError(message: "give the command that prints the secret, e.g. pass show confluence")
            }
            return (command, nil)
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

    /// The pane entry, editable fields and last test of a configured account.
    static func managed(_ account: Accounts.Account) -> ManagedAccount {
        let template = ConfluenceDataSource(serverURL: SourcesCommand.Save.serverURL(of: account),
                                            authenticationMechanism: account.authKind == .oauth3LO ? .oauth2 : .basic,
                                            userName: account.user)
        let entry = BrowserAccount(name: account.name, detail: account.siteURL.absoluteString, sourceTemplate: template)
        let (choice, reference): (SecretChoice, String) = switch account.secretSource {
        case .credentialsFile: (.stored, "")
        case .environment(let name): (.environment, name)
        case .command(let argv): (.command, argv.joined(separator: " "))
        }
        let form = AccountForm(name: account.name, site: account.siteURL.absoluteString, authKind: account.authKind.rawValue,
                               user: account.user ?? "", secretChoice: choice, secret: reference)
        let lastTest = account.lastTest.map { AccountTestOutcome(ok: $0.ok, sentence: $0.sentence, at: $0.at) }
        return ManagedAccount(entry: entry, form: form, lastTest: lastTest)
    }
}
