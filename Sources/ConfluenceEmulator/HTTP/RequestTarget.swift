/// Where a Cloud request is addressed: the site's own domain, or the site through the API gateway by cloudId.
enum RequestTarget: Sendable, Equatable {
    /// The site domain (`/wiki/...`, `/_edge/...`), or any Data Center path.
    case site(path: String)
    /// `/ex/confluence/{cloudId}/wiki/...`: the gateway, with the path below the cloudId.
    case gateway(cloudId: String, path: String)

    /// What every gateway path for Confluence starts with.
    static let gatewayPrefix = "/ex/confluence/"

    /// Splits a request path.
    init(path: String) {
        guard path.hasPrefix(Self.gatewayPrefix) else {
            self = .site(path: path)
            return
        }
        let rest = path.dropFirst(Self.gatewayPrefix.count)
        let cloudId = rest.prefix { $0 != "/" }
        self = .gateway(cloudId: QueryParameters.decode(cloudId), path: String(rest.dropFirst(cloudId.count)))
    }

    /// The path the site API routes.
    var sitePath: String {
        switch self {
        case .site(let path), .gateway(_, let path): return path
        }
    }
}
