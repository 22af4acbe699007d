// A helper process for the Accounts tests: it does one thing that must survive being cut short, then exits.
//
//   auth-crash-helper refresh-and-crash CONFIG_DIR ACCOUNT
//       Refreshes the expired OAuth tokens of ACCOUNT at the token endpoint the account names (the
//       emulator, in the tests) and calls _exit(0) the moment the rotated tokens are durably written,
//       before any use of them.
//   auth-crash-helper add-accounts CONFIG_DIR PREFIX COUNT
//       Adds COUNT accounts named PREFIX-i, each with a secret in credentials.json.
import Accounts
import ConfluenceKit
import Foundation
import LocalStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saves through the real store, then ends the process at once, as a crash right after the write would.
struct CrashAfterSaveStore: TokenStore {
    let inner: CredentialsTokenStore

    func loadTokens() async throws -> OAuthTokens? { try await inner.loadTokens() }

    func saveTokens(_ tokens: OAuthTokens) async throws {
        try await inner.saveTokens(tokens)
        _exit(0)
    }

    func markNeedsLogin() async throws { try await inner.markNeedsLogin() }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else { fail("usage: auth-crash-helper refresh-and-crash|add-accounts CONFIG_DIR ...") }
let directory = ConfigDirectory(url: URL(fileURLWithPath: arguments[2], isDirectory: true))

switch arguments[1] {
case "refresh-and-crash" where arguments.count == 4:
    let name = arguments[3]
    let resolver = AccountResolver(directory: directory, transport: AsyncHTTPClientTransport(), environment: [:])
    let store = CredentialsTokenStore(accountName: name, credentials: resolver.credentials, accounts: resolver.accounts)
    do {
        let client = try await resolver.oauthClient(for: resolver.accounts.account(named: name))
        let provider = OAuthAuthProvider(accountName: name, client: client, store: CrashAfterSaveStore(inner: store))
        _ = try await provider.authorization(for: HTTPRequest(url: URL(string: "https://example.invalid/")!))
    } catch {
        fail("the refresh failed: \(error)")
    }
    fail("the process was not cut short after the durable write")
case "add-accounts" where arguments.count == 5:
    let accounts = AccountStore(directory: directory, lockTimeout: .seconds(60))
    let credentials = CredentialsFile(directory: directory, lockTimeout: .seconds(60))
    guard let count = Int(arguments[4]) else { fail("COUNT must be a number") }
    for index in 0..<count {
        let name = "\(arguments[3])-\(index)"
        do {
            try await accounts.add(Account(name: name, siteURL: URL(string: "https://\(name).atlassian.net")!, authKind: .cloudBasic, user: "\(name)@example.com"))
            try await credentials.setSecret(Secret("token-of-\(name)"), forAccount: name)
        } catch {
            fail("adding \(name) failed: \(error)")
        }
    }
default:
    fail("unknown mode or wrong arguments: \(arguments.dropFirst().joined(separator: " "))")
}
