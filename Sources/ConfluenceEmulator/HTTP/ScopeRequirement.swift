/// The OAuth 2.0 scopes a route accepts through the API gateway: any one alternative, all of whose scopes are granted.
struct ScopeRequirement: Sendable, Equatable {
    /// The accepted scope sets; a token passes when it holds every scope of at least one.
    let alternatives: [[String]]

    /// No scope needed (routes outside the gateway's checks, such as `/_edge/tenant_info`).
    static let none = ScopeRequirement(alternatives: [[]])

    /// One granular scope, as the v2 API declares them.
    static func granular(_ scope: String) -> ScopeRequirement {
        ScopeRequirement(alternatives: [[scope]])
    }

    /// A v1 operation's classic scope or its granular equivalent; either one is enough.
    static func classic(_ classic: String, granular: String) -> ScopeRequirement {
        ScopeRequirement(alternatives: [[classic], [granular]])
    }

    /// Whether a token granted `scopes` may call the route.
    func isSatisfied(by scopes: Set<String>) -> Bool {
        alternatives.contains { $0.allSatisfy(scopes.contains) }
    }
}
