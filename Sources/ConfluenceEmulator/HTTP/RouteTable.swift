/// The routes of one flavour, matched in order (literal routes listed before parameter routes that overlap).
struct RouteTable: Sendable {
    enum Match {
        case found(Route, [String: String])
        case wrongMethod(APIFamily)
        case notFound(APIFamily)
    }

    let routes: [Route]

    func match(method: String, path: String) -> Match {
        let segments = path.split(separator: "/")
        var pathMatched: Route?
        for route in routes {
            guard let parameters = route.match(segments) else { continue }
            if route.method == method || (method == "HEAD" && route.method == "GET") { return .found(route, parameters) }
            pathMatched = route
        }
        if let pathMatched { return .wrongMethod(pathMatched.family) }
        return .notFound(path.hasPrefix("/wiki/api/v2") ? .v2 : path.hasPrefix("/_edge") ? .edge : .rest)
    }
}
