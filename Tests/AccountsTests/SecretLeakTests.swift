import Accounts
import ConfluenceKit
import Foundation
import Testing

/// Plants recognisable secrets everywhere and scans every text a user or log could see for them.
@Suite(.removesTemporaryFolders)
struct SecretLeakTests {
    private static let apiToken = "ATATT-canary-api-token-7f3a"
    private static let password = "canary-password-91b2"
    private static let pat = "canary-pat-55c1"
    private static let clientSecret = "canary-client-secret-0d9e"
    private static let accessToken = "canary-access-token-e4f0"
    private static let refreshToken = "canary-refresh-token-aa12"
    private static let commandSecret = "canary-command-secret-3c3c"
    private static let all = [apiToken, password, pat, clientSecret, accessToken, refreshToken, commandSecret]

    /// A site that refuses everything and echoes the Authorization header back; a token endpoint that echoes the request body.
    private static let hostile = InMemoryTransport(handler: { request in
        if request.url.path.hasSuffix("/oauth/token") {
            let echoed = String(decoding: request.body ?? Data(), as: UTF8.self).replacingOccurrences(of: "\"", with: "'")
            return HTTPResponse(status: 403, text: "{\"error\":\"invalid_grant\",\"error_description\":\"bad request \(echoed)\"}")
        }
        let header = request.headers["Authorization"] ?? ""
        return HTTPResponse(status: 401, text: "{\"message\":\"refused \(header)\"}")
    })

    @Test func noSecretAppearsInFilesListingsReportsErrorsOrDescriptions() async throws {
        let directory = try temporaryConfig()
        let resolver = AccountResolver(directory: directory, transport: Self.hostile, environment: ["PAT_VAR": Self.pat, "CMD_SECRET": Self.commandSecret, "PATH": "/usr/bin:/bin"])
        var oauth = makeAccount("oauth", kind: .oauth3LO)
        oauth.cloudId = "cloud-1"
        let script = "echo \"$CMD_SECRET\"; echo \"cannot unlock $CMD_SECRET\" >&2; exit 1"
        let accounts = [
            makeAccount("cloud", kind: .cloudBasic),
            makeAccount("dcpw", kind: .dataCenterPassword, user: "jdoe"),
            makeAccount("dcpat", kind: .dataCenterPAT, source: .environment("PAT_VAR")),
            oauth,
            makeAccount("cmd", kind: .cloudBasic, source: .command(["sh", "-c", script])),
        ]
        for account in accounts { try await resolver.accounts.add(account) }
        try await resolver.credentials.setSecret(Secret(Self.apiToken), forAccount: "cloud")
        try await resolver.credentials.setSecret(Secret(Self.password), forAccount: "dcpw")
        try await resolver.credentials.setSecret(Secret(Self.clientSecret), forAccount: "oauth")
        let tokens = OAuthTokens(accessToken: Secret(Self.accessToken), refreshToken: Secret(Self.refreshToken), expiresAt: Date().addingTimeInterval(-5))
        try await resolver.credentials.setTokens(tokens, forAccount: "oauth")

        var seen: [String] = []
        let tester = AccountTester(resolver: resolver, transport: Self.hostile)
        for account in accounts {
            let report = await tester.test(accountNamed: account.name)
            #expect(!report.ok, "\(account.name) should fail against the hostile site")
            seen += [report.sentence] + report.failures + [String(describing: report), String(reflecting: report)]
        }
        let resolved = try await resolver.resolve(named: "cloud")
        let client = resolved.client(transport: Self.hostile)
        let events = client.events()
        let collector = Task { await events.prefix(2).reduce(into: [String]()) { $0.append(String(describing: $1)) } }
        do {
            _ = try await client.currentUser()
        } catch {
            seen += [String(describing: error), String(reflecting: error)]
        }
        seen += await collector.value
        do {
            _ = try await resolver.resolve(named: "cmd")
        } catch {
            seen.append(String(describing: error))
        }
        let oauthClient = try await resolver.oauthClient(for: oauth)
        do {
            _ = try await oauthClient.refresh(Secret(Self.refreshToken))
        } catch {
            seen.append(error.description)
        }
        let credentials = try resolver.credentials.load()
        seen += [
            try String(contentsOf: resolver.accounts.fileURL, encoding: .utf8),
            String(describing: credentials), String(reflecting: credentials),
            String(describing: credentials["oauth"]), String(reflecting: tokens),
            String(describing: resolved), String(reflecting: resolved),
        ]

        #expect(seen.count > 25)
        for text in seen {
            for secret in Self.all {
                #expect(!text.contains(secret), "a secret leaked into: \(text.replacingOccurrences(of: secret, with: "<<LEAK>>").prefix(300))")
            }
        }
        // The scan is meaningful only if the secrets really are on disk and really were sent.
        let stored = try String(contentsOf: resolver.credentials.fileURL, encoding: .utf8)
        #expect([Self.apiToken, Self.password, Self.clientSecret].allSatisfy { stored.contains($0) })
        #expect(await Self.hostile.requests.contains { ($0.headers["Authorization"] ?? "").hasPrefix("Basic ") })
    }
}
