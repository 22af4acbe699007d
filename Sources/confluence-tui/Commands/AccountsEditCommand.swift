import Accounts
import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation
import TerminalKit

extension AccountsCommand {
    /// `accounts edit`: changes what is given (rotates a token, moves to another address) and keeps the rest.
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an account's site, user, secret, OAuth app or endpoints; what is not given stays.",
            discussion: "Rotate a token with --secret-stdin or --secret-file, or point the account at --secret-env or --secret-command. "
                + "The secret is never taken from the command line. To change the auth kind, remove the account and add it again."
        )

        @Argument(help: "The account's name.")
        var name: String

        @OptionGroup var fields: AccountFieldOptions

        func run() async throws {
            let registry = AccountsCommand.registry()
            let stored = try registry.list().account(named: name)
            try fields.refuseFlagsUnused(by: stored.authKind)
            var account = stored
            if let site = fields.site {
                account.siteURL = try SiteAddress.parse(site)
                if let warning = SiteAddress.clearTextWarning(for: account.siteURL) { Terminal.warn(warning) }
            }
            if let user = fields.user { account.user = user }
            if account.authKind == .oauth3LO {
                var oauth = account.oauth ?? OAuthSettings(clientId: "")
                if let clientId = fields.clientId { oauth.clientId = clientId }
                if let redirect = try fields.redirect() { oauth.redirectURI = redirect }
                account.oauth = oauth
            }
            account.endpoints = try fields.endpoints(over: account.endpoints)
            var secret: Secret?
            if fields.givesSecret { (account.secretSource, secret) = try fields.secretSourceAndValue(for: account.authKind) }
            let changed = [("site", account.siteURL != stored.siteURL), ("user", account.user != stored.user),
                           ("OAuth app", account.oauth != stored.oauth), ("endpoints", account.endpoints != stored.endpoints),
                           (account.authKind.secretName, account.secretSource != stored.secretSource
                                || secret.map { !registry.storesSecret($0, forAccount: name) } == true)].filter(\.1).map(\.0)
            guard !changed.isEmpty else {
                throw ValidationError("nothing to change: give --site, --user or a --secret-* flag (or an OAuth account's --client-id, "
                    + "--redirect-uri, --auth-url or --gateway-url) with a value the account does not have")
            }
            try await registry.edit(account, newSecret: secret)
            // An OAuth account's tokens go with its old site, app or servers: it signs in again before anything else.
            let next = (try? registry.list().account(named: name))?.needsLogin == true
                ? "Sign in to it again with 'confluence-tui auth login --account \(name)'" : "Check it with 'confluence-tui accounts test \(name)'"
            Terminal.line("Edited account \(name): \(EnglishList.join(changed)). \(next).")
            warnOfDefinitions(left: stored, by: account)
        }

        /// Names the definitions of this account that still select pages on its old site or sign in as its old user, which
        /// `preview --source`, `export --include-secrets` and `push` refuse or warn of until they are saved again.
        private func warnOfDefinitions(left stored: Account, by account: Account) {
            guard account.serverURL != stored.serverURL || account.user != stored.user,
                  let definitions = try? SourcesCommand.store().list().definitions else { return }
            let stale = definitions.filter { definition in
                definition.account == name && (!ConfluenceDataSource.isSameServer(definition.component.serverURL, account.serverURL)
                    || definition.component.userName.map { $0 != account.user } == true)
            }.map(\.name)
            guard !stale.isEmpty else { return }
            Terminal.warn("\(Plural.count(stale.count, "definition")) of \(name) still \(stale.count == 1 ? "names" : "name") its old site or user "
                + "(\(stale.joined(separator: ", "))); save \(stale.count == 1 ? "it" : "each") again on it with "
                + "'confluence-tui sources save \(stale.count == 1 ? stale[0] : "NAME") --force'")
        }
    }
}
