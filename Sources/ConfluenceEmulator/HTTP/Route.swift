/// One GET endpoint: a path pattern with `{name}` segments, its API family and its handler.
struct Route: Sendable {
    typealias Handler = @Sendable (SiteAPI, APIRequest) throws -> APIResponse

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let method: String
    let segments: [Segment]
    let family: APIFamily
    let handler: Handler

    init(_ pattern: String, _ family: APIFamily, method: String = "GET", _ handler: @escaping Handler) {
        self.method = method
        self.segments = pattern.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        self.family = family
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
