public import ConfluenceKit
public import Foundation

/// What `accounts test` found: who the site says the user is, which APIs answered, and why anything failed.
public struct AccountTestReport: Sendable {
    /// One API family tried.
    public struct Probe: Hashable, Sendable {
        /// "REST v1 (/rest/api)" or "REST v2 (/api/v2)".
        public let api: String
        /// Whether it answered as the user.
        public let ok: Bool
    }

    /// The account tested.
    public let account: String
    /// How the site was reached.
    public let siteKind: SiteKind
    /// The site as a person would recognise it (the gateway root for a gateway account once resolved; the address the
    /// account names when it could not be); nil only when no account was found.
    public let site: String?
    /// The user the site answered for, when whoami worked.
    public let user: User?
    /// The API families tried, in order.
    public let probes: [Probe]
    /// One sentence per failure (never a secret).
    public let failures: [String]
    /// When the test ran.
    public let at: Date

    /// Whether the account works: whoami answered as a known user.
    public var ok: Bool { failures.isEmpty && user != nil }

    /// The one-line summary stored as the account's last test result.
    public var sentence: String {
        if let failure = failures.first { return failure }
        let who = user?.displayName ?? user?.email ?? user?.username ?? user?.accountId ?? "an unnamed user"
        let answering = probes.filter(\.ok).map(\.api).joined(separator: ", ")
        return "signed in as \(who) on \(site ?? siteKind.description) (\(siteKind)); answering: \(answering)"
    }

    /// The result to store in `accounts.json`.
    public var result: AccountTestResult {
        AccountTestResult(at: at, ok: ok, sentence: sentence)
    }
}
