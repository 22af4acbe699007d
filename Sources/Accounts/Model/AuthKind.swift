public import LocalStore

/// How an account proves who it is.
public enum AuthKind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible, FileEnumeration {
    /// Cloud: email + API token, HTTP basic.
    case cloudBasic = "cloud_basic"
    /// Cloud: email + scoped API token, HTTP basic, only through the API gateway.
    case scopedToken = "scoped_token"
    /// Data Center: a personal access token sent as `Bearer`.
    case dataCenterPAT = "data_center_pat"
    /// Data Center: user name + password, HTTP basic.
    case dataCenterPassword = "data_center_password"
    /// Cloud: OAuth 2.0 authorization code grant (3LO) with rotating refresh tokens, through the gateway.
    case oauth3LO = "oauth_3lo"

    /// Whether the kind needs a user (email or user name) next to the secret.
    public var needsUser: Bool {
        switch self {
        case .cloudBasic, .scopedToken, .dataCenterPassword: true
        case .dataCenterPAT, .oauth3LO: false
        }
    }

    /// The site kind this auth kind works with when none is given.
    public var naturalSiteKind: SiteKind {
        switch self {
        case .cloudBasic: .cloud
        case .scopedToken, .oauth3LO: .cloudGateway
        case .dataCenterPAT, .dataCenterPassword: .dataCenter
        }
    }

    /// Whether a space may begin or end the secret (a password may; no token does), so reading it trims only line ends.
    public var secretMayHoldSpaces: Bool { self == .dataCenterPassword }

    /// What the account's secret is, in words ("API token", "client secret", ...).
    public var secretName: String {
        switch self {
        case .cloudBasic: "API token"
        case .scopedToken: "scoped API token"
        case .dataCenterPAT: "personal access token"
        case .dataCenterPassword: "password"
        case .oauth3LO: "OAuth client secret"
        }
    }

    /// The description after its article: "a Cloud API token", "an OAuth 2.0 (3LO)".
    public var withArticle: String {
        (self == .oauth3LO ? "an " : "a ") + description
    }

    public var description: String {
        switch self {
        case .cloudBasic: "Cloud API token"
        case .scopedToken: "Cloud scoped API token"
        case .dataCenterPAT: "Data Center personal access token"
        case .dataCenterPassword: "Data Center password"
        case .oauth3LO: "OAuth 2.0 (3LO)"
        }
    }
}
