import Accounts
import ConfluenceKit

/// The JSON form of an account test, without anything secret; `Terminal.json` writes its keys in snake_case.
struct AccountTestSummary: Encodable {
    var account: String
    var ok: Bool
    var sentence: String
    var siteKind: String
    var site: String?
    var user: User?
    var probes: [Probe]
    var failures: [String]

    /// One API probed: its name as the text output shows it, and whether it answered as the user.
    struct Probe: Encodable {
        var api: String
        var ok: Bool
    }

    init(_ report: AccountTestReport) {
        account = report.account
        ok = report.ok
        sentence = report.sentence
        siteKind = report.siteKind.rawValue
        site = report.site
        user = report.user
        probes = report.probes.map { Probe(api: $0.api, ok: $0.ok) }
        failures = report.failures
    }
}
