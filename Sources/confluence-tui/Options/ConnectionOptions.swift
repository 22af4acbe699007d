import Accounts
import ArgumentParser
import ConfluenceKit
import Foundation

/// How a headless subcommand reaches a site: `--account`, else the site flags, else `CONFLUENCE_URL`,
/// `CONFLUENCE_USER` and `CONFLUENCE_API_TOKEN`, else the default account.
///
/// - Note: a secret is never accepted as a plain argument; it comes from an environment variable, a file or an account.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "A configured account (see 'confluence-tui accounts list').")
    var account: String?

    @Option(help: "The site URL, e.g. https://example.atlassian.net or https://wiki.example.com/confluence (default: $CONFLUENCE_URL).")
    var site: String?

    @Option(help: "The email (Cloud) or user name (Data Center) for basic auth; without it the token is sent as a bearer token (default: $CONFLUENCE_USER).")
    var user: String?

    @Option(name: .customLong("token-env"), help: "The environment variable that holds the API token, password or personal access token (default: CONFLUENCE_API_TOKEN).")
    var tokenEnv: String?

    @Option(name: .customLong("token-file"), help: "A file whose first line is the secret.")
    var tokenFile: String?

    @Option(help: "Override the detected site kind: cloud or datacenter.")
    var kind: SiteKindArgument?

    func validate() throws {
        if account != nil, site != nil {
            throw ValidationError("--account and --site name two different sites: pass one of them")
        }
        let siteFlags = [("--user", user != nil), ("--token-env", tokenEnv != nil), ("--token-file", tokenFile != nil), ("--kind", kind != nil)]
            .filter(\.1).map(\.0)
        if let account, !siteFlags.isEmpty {
            throw ValidationError("account \(account) brings its own site, user and secret, so \(siteFlags.joined(separator: " and ")) "
                + "would change nothing: pass --account or the site flags")
        }
        if tokenEnv != nil, tokenFile != nil {
            throw ValidationError("--token-env and --token-file name two places for the secret: pass one of them")
        }
        if let problem = user.flatMap(Account.userProblem) { throw ValidationError("--user " + problem) }
    }

    /// Builds a client for the site these options name. With `announcingWaits`, long waits the site imposes are said on
    /// stderr (`RetryNotices`), and so is a site taken for Data Center because its kind could not be checked: every
    /// caller decides, as nothing may write over the browser's screen or a progress line.
    func makeClient(
        configuration: ClientConfiguration = ClientConfiguration(),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        announcingWaits: Bool
    ) async throws -> ConfluenceClient {
        let client = try await client(configuration: configuration, environment: environment)
        if announcingWaits {
            RetryNotices.follow(client)
            if kind == nil, client.site.kind == .dataCenter, case .unchecked(let why)? = SiteKindProbe.result(for: client.site.root) {
                Terminal.warn("\(client.site) was taken for Data Center without a check: its cloudId could not be asked for (\(why)); "
                    + "pass --kind cloud or --kind datacenter to say which it is")
            }
        }
        return client
    }

    private func client(configuration: ClientConfiguration, environment: [String: String]) async throws -> ConfluenceClient {
        let transport = AsyncHTTPClientTransport()
        if let guess = try guessedSite(environment: environment) {
            // The secret is read and checked before any request, the site's probe included.
            let user = givenUser(environment: environment)
            if let problem = user.flatMap(Account.userProblem) { throw ValidationError("the user (--user or CONFLUENCE_USER) " + problem) }
            let name = secretName(user: user, guess: guess)
            // With a user on a site not known to be Cloud the secret may be a password, which keeps its spaces whether or
            // not --kind says so (an API token has none to lose).
            let secret = try readSecret(named: name, keepingSpaces: user != nil && guess.kind != .cloud, environment: environment)
            let site = try await namedSite(environment: environment, transport: transport) ?? guess
            return ConfluenceClient(site: site, credential: Self.credential(for: site, user: user, secret: secret),
                                    transport: transport, configuration: configuration)
        }
        let registry = AccountRegistry(transport: transport, environment: environment)
        let configured = try registry.list().accounts
        guard account != nil || !configured.isEmpty else {
            throw ValidationError("no site given: pass --account NAME or --site URL, set CONFLUENCE_URL, or add an account with 'confluence-tui accounts add'")
        }
        return try await registry.client(named: account, configuration: configuration)
    }

    /// The site named by `--site` or `CONFLUENCE_URL` as `--kind`, else its address, says: Cloud at `*.atlassian.net`,
    /// else Data Center; nil when an account (given, or the default) is used instead.
    func guessedSite(environment: [String: String]) throws -> Site? {
        // An empty address (`--site "$URL"` with the variable unset) is refused, not read as no address at all.
        guard account == nil, let text = site ?? environment["CONFLUENCE_URL"] else { return nil }
        return try Site.detect(text, kind: kind?.siteKind)
    }

    /// The site named by `--site` or `CONFLUENCE_URL`: `guessedSite`, or Cloud when it was taken for Data Center without
    /// `--kind` and `SiteKindProbe` finds a cloudId there; nil when an account is used instead.
    func namedSite(environment: [String: String], transport: any HTTPTransport = AsyncHTTPClientTransport()) async throws -> Site? {
        guard let guess = try guessedSite(environment: environment), let text = site ?? environment["CONFLUENCE_URL"] else { return nil }
        guard kind == nil, guess.kind == .dataCenter, await SiteKindProbe.isCloud(guess.root, transport: transport) else { return guess }
        return try Site.detect(text, kind: .cloud)
    }

    /// `error` with a hint when the site was taken for Data Center (no `--kind`, no `atlassian.net`, no cloudId found by
    /// `SiteKindProbe`) and answered as a Cloud site does to Data Center requests (see `GuessedSiteKindError.mayExplain`);
    /// any other error as it is.
    func explaining(_ error: any Error, environment: [String: String] = ProcessInfo.processInfo.environment) -> any Error {
        if let refusal = error as? ConfluenceError, refusal.status == 401, isCloudWithoutUser(environment: environment) {
            return HintedError(error: refusal, hint: "a Cloud site signs in with an email and an API token: give --user (or set CONFLUENCE_USER)")
        }
        guard kind == nil, let error = error as? ConfluenceError, GuessedSiteKindError.mayExplain(error),
              let guess = try? guessedSite(environment: environment), guess.kind == .dataCenter else { return error }
        let finding = SiteKindProbe.result(for: guess.root)
        guard finding != .cloud else { return error }
        if case .unchecked(let why)? = finding { return GuessedSiteKindError(error: error, unchecked: why) }
        return GuessedSiteKindError(error: error)
    }

    /// The user from `--user`, else `CONFLUENCE_USER`; nil when neither names one.
    private func givenUser(environment: [String: String]) -> String? {
        (user ?? environment["CONFLUENCE_USER"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether the site named by `--site` or `CONFLUENCE_URL` is Cloud (by its address, `--kind` or the probe) and no user
    /// was given, so the token went as a bearer token, which a Cloud site's API token is not.
    private func isCloudWithoutUser(environment: [String: String]) -> Bool {
        guard givenUser(environment: environment) == nil, let guess = try? guessedSite(environment: environment) else { return false }
        return guess.kind == .cloud || kind == nil && SiteKindProbe.result(for: guess.root) == .cloud
    }

    /// What the secret is called in a refusal: a personal access token without a user, else as `--kind` or the address
    /// names the site's kind, or both names while a probe may still find Cloud.
    private func secretName(user: String?, guess: Site) -> String {
        guard user != nil else { return "personal access token" }
        if guess.kind == .cloud { return "API token" }
        return kind == nil ? "API token or password" : "password"
    }

    /// The credential: basic when a user is known (an API token on Cloud, a password on Data Center), otherwise a bearer token.
    private static func credential(for site: Site, user: String?, secret: String) -> Credential {
        guard let user else { return .personalAccessToken(secret) }
        return site.kind == .dataCenter ? .password(user: user, password: secret) : .apiToken(email: user, token: secret)
    }

    /// The secret from `--token-file` or the variable, cleaned as `Secret.cleaned` does (`keepingSpaces` for a
    /// password); `name` says what it is.
    private func readSecret(named name: String, keepingSpaces: Bool, environment: [String: String]) throws -> String {
        if let tokenFile {
            return try SecretInput.firstLine(ofFile: tokenFile, keepingSpaces: keepingSpaces)
        }
        let variable = tokenEnv ?? "CONFLUENCE_API_TOKEN"
        guard let secret = environment[variable], !secret.isEmpty else {
            throw ValidationError("no secret found: set \(variable), or pass --token-env VAR or --token-file PATH")
        }
        return try Secret.cleaned(secret, origin: "the \(name) in \(variable)", keepingSpaces: keepingSpaces)
    }
}
