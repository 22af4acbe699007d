/// One GET endpoint: a path pattern with `{name}` segments, its API family, the OAuth scopes it needs and its handler.
struct Route: Sendable {
    typealias Handler = @Sendable (SiteAPI, APIRequest) throws -> APIResponse

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let method: String
    /// The path pattern, e.g. `/wiki/api/v2/pages/{id}`.
    let pattern: String
    let segments: [Segment]
    let family: APIFamily
    /// What a 3LO access token must carry to call it through the gateway.
    let scopes: ScopeRequirement
    let handler: Handler

    init(_ pattern: String, _ family: APIFamily, scopes: ScopeRequirement, method: String = "GET", _ handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.segments = pattern.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        self.family = family
        self.scopes = scopes
        self.handler = handler
    }

    /// The path parameters when `pathSegments` fits this route.
    func match(_ pathSegments: [Substring]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, actual) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let text): guard text == actual else { return nil }
            case .parameter(let name): parameters[name] = QueryParameters.decode(actual)
            }
        }
        return parameters
    }
}
