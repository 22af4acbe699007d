public import LocalStore

/// How an account reaches its Confluence: the Cloud site domain, the Cloud API gateway, or a Data Center server.
public enum SiteKind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible, FileEnumeration {
    /// Cloud at its own domain (`https://x.atlassian.net/wiki/...`).
    case cloud
    /// Cloud through the API gateway (`https://api.atlassian.com/ex/confluence/{cloudId}/wiki/...`).
    case cloudGateway = "cloud_gateway"
    /// Data Center or Server (`https://host[/context]/rest/api/...`).
    case dataCenter = "data_center"

    public var description: String {
        switch self {
        case .cloud: "Cloud"
        case .cloudGateway: "Cloud through the API gateway"
        case .dataCenter: "Data Center"
        }
    }
}
