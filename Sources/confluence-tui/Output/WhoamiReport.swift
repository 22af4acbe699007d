import ConfluenceKit

/// `whoami --json`: the user's fields as the site gave them, with the site they are on and its kind named as
/// `accounts list --json` names it (`cloud`, `cloud_gateway`, `data_center`).
struct WhoamiReport: Encodable {
    let user: User
    let site: Site

    private enum CodingKeys: String, CodingKey {
        case site
        case siteKind = "site_kind"
    }

    /// - Note: writes `site` and `site_kind` into the keyed container the user's own encoding filled.
    func encode(to encoder: any Encoder) throws {
        try user.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(site.description, forKey: .site)
        try container.encode(site.jsonKindName, forKey: .siteKind)
    }
}
