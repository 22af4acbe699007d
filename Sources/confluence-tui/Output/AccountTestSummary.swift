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
    var probes: [String: Bool]
    var failures: [String]

    init(_ report: AccountTestReport) {
        account = report.account
        ok = report.ok
        sentence = report.sentence
        siteKind = report.siteKind.rawValue
        site = report.site
        user = report.user
        probes = Dictionary(report.probes.map { ($0.api, $0.ok) }, uniquingKeysWith: { first, _ in first })
        failures = report.failures
    }
}
