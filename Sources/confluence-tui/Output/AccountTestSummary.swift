import Accounts
import ConfluenceKit

/// The JSON form of an account test, without anything secret; keys are snake_case like every other `--json`.
struct AccountTestSummary: Encodable {
    /// The user the site answered for.
    struct Person: Encodable {
        var accountID: String?
        var userKey: String?
        var username: String?
        var displayName: String?
        var email: String?
        var type: String?

        enum CodingKeys: String, CodingKey {
            case username, email, type
            case accountID = "account_id"
            case userKey = "user_key"
            case displayName = "display_name"
        }

        init(_ user: User) {
            accountID = user.accountId
            userKey = user.userKey
            username = user.username
            displayName = user.displayName
            email = user.email
            type = user.type
        }
    }

    var account: String
    var ok: Bool
    var sentence: String
    var siteKind: String
    var site: String?
    var user: Person?
    var probes: [String: Bool]
    var failures: [String]

    enum CodingKeys: String, CodingKey {
        case account, ok, sentence, site, user, probes, failures
        case siteKind = "site_kind"
    }

    init(_ report: AccountTestReport) {
        account = report.account
        ok = report.ok
        sentence = report.sentence
        siteKind = report.siteKind.rawValue
        site = report.site
        user = report.user.map(Person.init)
        probes = Dictionary(report.probes.map { ($0.api, $0.ok) }, uniquingKeysWith: { first, _ in first })
        failures = report.failures
    }
}
