import Accounts
import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation

/// The flags that say how an account connects, shared by `accounts add` and `accounts edit`: its site, user, secret,
/// OAuth app and endpoints. The secret is never taken from the command line.
struct AccountFieldOptions: ParsableArguments {
    @Option(help: "The site URL (for 3LO, any URL of the site; the cloudId is found at login).")
    var site: String?

    @Option(help: "The email (Cloud) or user name (Data Center); spaces around it are dropped.",
            transform: { $0.trimmingCharacters(in: .whitespaces) })
    var user: String?

    @Option(name: .customLong("secret-env"),
            help: "Read the secret from this environment variable each time (nothing is stored).")
    var secretEnv: String?

    @Option(name: .customLong("secret-command"),
            help: "Run this command (split on spaces, no shell) and use its first line, e.g. 'pass show confluence'.")
    var secretCommand: String?

    @Option(name: .customLong("secret-file"), help: "Store the first line of this file in credentials.json.")
    var secretFile: String?

    @Flag(name: .customLong("secret-stdin"), help: "Store the first line of standard input in credentials.json.")
    var secretStdin = false

    @Option(name: .customLong("client-id"), help: "The OAuth 2.0 (3LO) app's client id.")
    var clientId: String?

    @Option(name: .customLong("redirect-uri"),
            help: "The 3LO app's loopback redirect URI (default http://127.0.0.1:8765/callback).")
    var redirectURI: String?

    @Option(name: .customLong("auth-url"),
            help: "The OAuth authorization server when not https://auth.atlassian.com (e.g. a confluence-emulator's base URL).")
    var authURL: String?

    @Option(name: .customLong("gateway-url"),
            help: "The API gateway when not https://api.atlassian.com (e.g. a confluence-emulator's base URL).")
    var gatewayURL: String?

    /// Whether a flag names where the secret comes from.
    var givesSecret: Bool { secretEnv != nil || secretCommand != nil || secretFile != nil || secretStdin }

    /// Refuses the flags an account of `kind` would store without ever using them (a client id on an API-token account,
    /// a user on a personal access token), which would read as taken.
    func refuseFlagsUnused(by kind: AuthKind) throws {
        let oauth = kind == .oauth3LO
        let unused = [("--user", user != nil && !kind.needsUser), ("--client-id", clientId != nil && !oauth),
                      ("--redirect-uri", redirectURI != nil && !oauth), ("--auth-url", authURL != nil && !oauth),
                      ("--gateway-url", gatewayURL != nil && !oauth && kind != .scopedToken)].filter(\.1).map(\.0)
        guard !unused.isEmpty else { return }
        throw ValidationError("\(kind.withArticle) account does not use \(EnglishList.join(unused)); drop \(unused.count == 1 ? "it" : "them")")
    }

    /// The `--redirect-uri` given, checked; nil when none is.
    func redirect() throws -> URL? {
        try redirectURI.map { text in
            guard let url = URL(string: text) else { throw ValidationError("--redirect-uri is not a URL") }
            // accounts.json holds no secrets: a password in the address is refused, and not repeated.
            guard url.user == nil, url.password == nil else {
                throw ValidationError("--redirect-uri holds a user name or password; a loopback redirect URI has neither")
            }
            return url
        }
    }

    /// The authorization server and gateway: each one given, else `current`'s, else Atlassian's; `current` itself when
    /// neither is given.
    func endpoints(over current: AtlassianEndpoints?) throws -> AtlassianEndpoints? {
        guard authURL != nil || gatewayURL != nil else { return current }
        let base = current ?? .atlassian
        func parse(_ text: String?, _ flag: String, default fallback: URL) throws -> URL {
            guard let text else { return fallback }
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https" else {
                throw ValidationError("\(flag) is not an http(s) URL")
            }
            try SiteAddress.check(url)
            if let warning = SiteAddress.clearTextWarning(for: url) { Terminal.warn("\(flag): " + warning) }
            return url
        }
        return AtlassianEndpoints(auth: try parse(authURL, "--auth-url", default: base.auth),
                                  api: try parse(gatewayURL, "--gateway-url", default: base.api))
    }

    /// Where the secret comes from and, when it is stored, its value: from the flag given, else typed without echo
    /// (at a terminal).
    func secretSourceAndValue(for kind: AuthKind) throws -> (SecretSource, Secret?) {
        let chosen = [secretEnv != nil, secretCommand != nil, secretFile != nil, secretStdin].filter { $0 }.count
        guard chosen <= 1 else { throw ValidationError("choose one of --secret-env, --secret-command, --secret-file and --secret-stdin") }
        if let secretEnv { return (.environment(secretEnv), nil) }
        if let secretCommand {
            guard let command = SecretSource.command(line: secretCommand) else { throw ValidationError("--secret-command is empty") }
            return (command, nil)
        }
        let keepingSpaces = kind.secretMayHoldSpaces
        if let secretFile { return (.credentialsFile, Secret(try SecretInput.firstLine(ofFile: secretFile, keepingSpaces: keepingSpaces))) }
        if secretStdin { return (.credentialsFile, Secret(try SecretInput.firstLineOfStandardInput(keepingSpaces: keepingSpaces))) }
        guard let typed = try SecretInput.askHiddenSecret(kind.secretName, keepingSpaces: keepingSpaces) else {
            throw ValidationError("no \(kind.secretName) given: use --secret-stdin, --secret-file, --secret-env or --secret-command")
        }
        return (.credentialsFile, typed)
    }
}
