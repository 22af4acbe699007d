import Accounts
import ConfluenceKit

/// `accounts list --json`: the accounts as `accounts.json` holds them, except that each `auth_kind` is named as
/// `--auth` takes it (`cloud-basic`, not the file's `cloud_basic`), so a script can feed it back, and each `site_url`
/// without the user name and password a hand-edited file may hold.
struct AccountsListing: Encodable {
    let file: AccountsFile

    private enum CodingKeys: String, CodingKey {
        case version, accounts
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file.version, forKey: .version)
        try container.encode(file.accounts.map(Entry.init), forKey: .accounts)
    }

    /// One account with its `auth_kind` as typed.
    private struct Entry: Encodable {
        let account: Account

        private enum CodingKeys: String, CodingKey {
            case authKind = "auth_kind"
            case siteURL = "site_url"
        }

        /// - Note: asks again for the keyed container the account's own encoding filled and writes `auth_kind` and
        ///   `site_url` over it.
        func encode(to encoder: any Encoder) throws {
            try account.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(AuthArgument(account.authKind).rawValue, forKey: .authKind)
            try container.encode(SiteAddress.shown(account.siteURL.absoluteString), forKey: .siteURL)
        }
    }
}
