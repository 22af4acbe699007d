import ArgumentParser
import ConfluenceKit
import Foundation

/// How a headless subcommand reaches a site: flags first, then `CONFLUENCE_URL`, `CONFLUENCE_USER` and `CONFLUENCE_API_TOKEN`.
///
/// - Note: a secret is never accepted as a plain argument; it comes from an environment variable or a file.
struct ConnectionOptions: ParsableArguments {
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

    /// Builds a client for the site these options name.
    func makeClient(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ConfluenceClient {
        guard let siteText = site ?? environment["CONFLUENCE_URL"], !siteText.isEmpty else {
            throw ValidationError("no site given: pass --site URL or set CONFLUENCE_URL")
        }
        let site = try Site.detect(siteText, kind: kind?.siteKind)
        let credential = try credential(for: site, environment: environment)
        return ConfluenceClient(site: site, credential: credential, transport: AsyncHTTPClientTransport())
    }

    /// The credential: basic when a user is known, otherwise a bearer token.
    func credential(for site: Site, environment: [String: String]) throws -> Credential {
        let secret = try readSecret(environment: environment)
        guard let user = user ?? environment["CONFLUENCE_USER"], !user.isEmpty else {
            return .personalAccessToken(secret)
        }
        return site.kind == .dataCenter ? .password(user: user, password: secret) : .apiToken(email: user, token: secret)
    }

    private func readSecret(environment: [String: String]) throws -> String {
        if let tokenFile {
            let url = URL(fileURLWithPath: tokenFile)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw ValidationError("cannot read the token file \(tokenFile)")
            }
            let secret = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            guard !secret.isEmpty else { throw ValidationError("the token file \(tokenFile) is empty") }
            return secret
        }
        let variable = tokenEnv ?? "CONFLUENCE_API_TOKEN"
        guard let secret = environment[variable], !secret.isEmpty else {
            throw ValidationError("no secret found: set \(variable), or pass --token-env VAR or --token-file PATH")
        }
        return secret
    }
}

/// The `--kind` values.
enum SiteKindArgument: String, ExpressibleByArgument, CaseIterable {
    case cloud
    case datacenter

    var siteKind: Site.Kind {
        switch self {
        case .cloud: .cloud
        case .datacenter: .dataCenter
        }
    }
}
