public import Foundation
import ConfluenceKit
import LocalStore

/// One configured Confluence login: where the site is, how to authenticate, and where the secret lives.
///
/// It holds no secret, so it can be listed, printed and written to `accounts.json` freely.
public struct Account: Hashable, Sendable, Codable {
    /// The name the user types after `--account`.
    public var name: String
    /// The site as the user knows it (`https://x.atlassian.net`, `https://dc.example.com/confluence`).
    public var siteURL: URL
    /// How the site is reached.
    public var siteKind: SiteKind
    /// The Cloud site's id, once discovered (gateway accounts need it).
    public var cloudId: String?
    /// How the account authenticates.
    public var authKind: AuthKind
    /// The email (Cloud) or user name (Data Center) that goes with the secret, when the kind needs one.
    public var user: String?
    /// Where the secret (API token, password, personal access token, or OAuth client secret) comes from.
    public var secretSource: SecretSource
    /// The OAuth app registration, for `oauth3LO`.
    public var oauth: OAuthSettings?
    /// Authorization server and gateway, when not Atlassian's (the emulator).
    public var endpoints: AtlassianEndpoints?
    /// Whether commands use this account when no `--account` is given.
    public var isDefault: Bool
    /// Whether the OAuth refresh token was refused, so `auth login` is needed before the account works.
    public var needsLogin: Bool
    /// The outcome of the last `accounts test`.
    public var lastTest: AccountTestResult?

    /// Creates an account; the site kind defaults to the one the auth kind works with.
    public init(
        name: String,
        siteURL: URL,
        siteKind: SiteKind? = nil,
        cloudId: String? = nil,
        authKind: AuthKind,
        user: String? = nil,
        secretSource: SecretSource = .credentialsFile,
        oauth: OAuthSettings? = nil,
        endpoints: AtlassianEndpoints? = nil,
        isDefault: Bool = false,
        needsLogin: Bool = false,
        lastTest: AccountTestResult? = nil
    ) {
        self.name = name
        self.siteURL = siteURL
        self.siteKind = siteKind ?? authKind.naturalSiteKind
        self.cloudId = cloudId
        self.authKind = authKind
        self.user = user
        self.secretSource = secretSource
        self.oauth = oauth
        self.endpoints = endpoints
        self.isDefault = isDefault
        self.needsLogin = needsLogin
        self.lastTest = lastTest
    }

    /// Whether `other` connects as this account does: alike but for what using it records (its last test, its cloudId
    /// once found, a needed login) and its default mark.
    public func connectsLike(_ other: Account) -> Bool {
        var other = other
        other.lastTest = lastTest
        other.isDefault = isDefault
        other.cloudId = cloudId
        other.needsLogin = needsLogin
        return self == other
    }

    /// The authorization server and gateway in use: the account's own, else Atlassian's.
    public var effectiveEndpoints: AtlassianEndpoints { endpoints ?? .atlassian }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case siteURL = "site_url"
        case siteKind = "site_kind"
        case cloudId = "cloud_id"
        case authKind = "auth_kind"
        case user
        case secretSource = "secret_source"
        case oauth
        case endpoints
        case isDefault = "default"
        case needsLogin = "needs_login"
        case lastTest = "last_test"
    }

    public init(from decoder: any Decoder) throws {
        // A field this build does not know (a typo in a hand edit) is refused, not dropped by the next write.
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "an account")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // A hand edit no command would make (a name it refuses, an address that is no web address) is the file's fault,
        // said with its line, not an odd failure later.
        name = try container.decode(String.self, forKey: .name)
        if let problem = Self.nameProblem(name) {
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: problem)
        }
        let address = try container.decode(String.self, forKey: .siteURL)
        // A site it can read but not use (a port out of range, a user name in it) is said when the account is used, so
        // the other accounts stay usable.
        let siteURL = URL(string: address)
        if let problem = Self.unreadableAddress(address) {
            throw DecodingError.dataCorruptedError(forKey: .siteURL, in: container, debugDescription: problem)
        }
        guard let siteURL, ["http", "https"].contains(siteURL.scheme?.lowercased() ?? ""), siteURL.host()?.isEmpty == false else {
            throw DecodingError.dataCorruptedError(forKey: .siteURL, in: container,
                                                   debugDescription: "\(SiteAddress.shown(address)) is not an http or https address with a host")
        }
        self.siteURL = siteURL
        authKind = try container.decode(AuthKind.self, forKey: .authKind)
        siteKind = try container.decodeIfPresent(SiteKind.self, forKey: .siteKind) ?? authKind.naturalSiteKind
        cloudId = try container.decodeIfPresent(String.self, forKey: .cloudId)
        user = try container.decodeIfPresent(String.self, forKey: .user)
        secretSource = try container.decodeIfPresent(SecretSource.self, forKey: .secretSource) ?? .credentialsFile
        oauth = try container.decodeIfPresent(OAuthSettings.self, forKey: .oauth)
        endpoints = try container.decodeIfPresent(AtlassianEndpoints.self, forKey: .endpoints)
        isDefault = try container.decodeIfPresent(Bool.self, forKey: .isDefault) ?? false
        needsLogin = try container.decodeIfPresent(Bool.self, forKey: .needsLogin) ?? false
        lastTest = try container.decodeIfPresent(AccountTestResult.self, forKey: .lastTest)
    }

    /// Why `address` cannot be read as a URL as it is written (nil when it can): empty, or holding a character a URL
    /// cannot, named by code point (a lenient reader would percent-encode it into another address).
    private static func unreadableAddress(_ address: String) -> String? {
        guard !address.isEmpty else { return "the address is empty" }
        let refused = address.unicodeScalars.first { !$0.isASCII || $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }
        return refused.map { "\"\(SiteAddress.shown(address))\" is not a URL (it holds \($0.codePoint))" }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(siteURL, forKey: .siteURL)
        try container.encode(siteKind, forKey: .siteKind)
        try container.encodeIfPresent(cloudId, forKey: .cloudId)
        try container.encode(authKind, forKey: .authKind)
        try container.encodeIfPresent(user, forKey: .user)
        try container.encode(secretSource, forKey: .secretSource)
        try container.encodeIfPresent(oauth, forKey: .oauth)
        try container.encodeIfPresent(endpoints, forKey: .endpoints)
        try container.encode(isDefault, forKey: .isDefault)
        if needsLogin { try container.encode(needsLogin, forKey: .needsLogin) }
        try container.encodeIfPresent(lastTest, forKey: .lastTest)
    }
}
