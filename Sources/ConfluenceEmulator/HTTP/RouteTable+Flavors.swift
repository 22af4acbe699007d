/// The endpoints each flavour serves, with the OAuth scopes Atlassian's specs give them.
///
/// v2 routes take the granular scope of `cloud-v2.openapi.json`. v1 routes take the classic scope of
/// `cloud-v1-2022.openapi.json` or the granular scope Atlassian's v1 reference lists beside it.
extension RouteTable {
    /// Cloud: v2, v1 under `/wiki/rest/api`, and `/_edge/tenant_info`.
    static let cloud = RouteTable(routes: [
        Route("/_edge/tenant_info", .edge, scopes: .none) { try $0.tenantInfo($1) },
        Route("/wiki/api/v2/spaces", .v2, scopes: .granular("read:space:confluence")) { try $0.v2Spaces($1) },
        Route("/wiki/api/v2/spaces/{id}", .v2, scopes: .granular("read:space:confluence")) { try $0.v2Space($1) },
        Route("/wiki/api/v2/spaces/{id}/pages", .v2, scopes: .granular("read:page:confluence")) { try $0.v2SpacePages($1) },
        Route("/wiki/api/v2/pages", .v2, scopes: .granular("read:page:confluence")) { try $0.v2Pages($1) },
        Route("/wiki/api/v2/pages/{id}", .v2, scopes: .granular("read:page:confluence")) { try $0.v2PageByID($1) },
        Route("/wiki/api/v2/pages/{id}/direct-children", .v2, scopes: .granular("read:hierarchical-content:confluence")) {
            try $0.v2DirectChildren($1, of: .page)
        },
        Route("/wiki/api/v2/pages/{id}/children", .v2, scopes: .granular("read:page:confluence")) { try $0.v2ChildPages($1) },
        Route("/wiki/api/v2/pages/{id}/ancestors", .v2, scopes: .granular("read:content.metadata:confluence")) { try $0.v2Ancestors($1) },
        Route("/wiki/api/v2/pages/{id}/descendants", .v2, scopes: .granular("read:hierarchical-content:confluence")) {
            try $0.v2Descendants($1)
        },
        Route("/wiki/api/v2/pages/{id}/labels", .v2, scopes: .granular("read:page:confluence")) { try $0.v2Labels($1) },
        Route("/wiki/api/v2/pages/{id}/attachments", .v2, scopes: .granular("read:attachment:confluence")) { try $0.v2Attachments($1) },
        Route("/wiki/api/v2/folders/{id}", .v2, scopes: .granular("read:folder:confluence")) { try $0.v2FolderByID($1) },
        Route("/wiki/api/v2/folders/{id}/direct-children", .v2, scopes: .granular("read:hierarchical-content:confluence")) {
            try $0.v2DirectChildren($1, of: .folder)
        },
    ] + restRoutes(prefix: "/wiki/rest/api", scan: false))

    /// Data Center: `/rest/api` (after the context path), including `content/scan`.
    static let dataCenter = RouteTable(routes: restRoutes(prefix: "/rest/api", scan: true))

    /// Searching: `search:confluence` or the granular content-details scope.
    private static let search = ScopeRequirement.classic("search:confluence", granular: "read:content-details:confluence")
    /// Reading content summaries.
    private static let contentSummary = ScopeRequirement.classic("read:confluence-content.summary", granular: "read:content-details:confluence")
    /// Reading space summaries.
    private static let spaceSummary = ScopeRequirement.classic("read:confluence-space.summary", granular: "read:space-details:confluence")
    /// Reading users.
    private static let user = ScopeRequirement.classic("read:confluence-user", granular: "read:user:confluence")

    /// The v1/DC REST routes under `prefix`; literal segments (`search`, `scan`) come before `{id}`.
    private static func restRoutes(prefix: String, scan: Bool) -> [Route] {
        var routes = [
            Route(prefix + "/search", .rest, scopes: search) { try $0.restSearch($1) },
            Route(prefix + "/content/search", .rest, scopes: search) { try $0.restContentSearch($1) },
            Route(prefix + "/content", .rest, scopes: contentSummary) { try $0.restContentList($1) },
            Route(prefix + "/space", .rest, scopes: spaceSummary) { try $0.restSpaces($1) },
            Route(prefix + "/user/current", .rest, scopes: user) { try $0.restCurrentUser($1) },
            Route(prefix + "/user", .rest, scopes: user) { try $0.restUserLookup($1) },
            Route(prefix + "/space/{spaceKey}", .rest, scopes: spaceSummary) { try $0.restSpaceByKey($1) },
            Route(prefix + "/space/{spaceKey}/content", .rest, scopes: contentSummary) { try $0.restSpaceContent($1) },
            Route(prefix + "/space/{spaceKey}/content/{type}", .rest, scopes: contentSummary) { try $0.restSpaceContentOfType($1) },
        ]
        if scan { routes.append(Route(prefix + "/content/scan", .rest, scopes: contentSummary) { try $0.restScan($1) }) }
        routes += [
            Route(prefix + "/content/{id}", .rest, scopes: contentSummary) { try $0.restContentByID($1) },
            Route(prefix + "/content/{id}/child/{type}", .rest, scopes: contentSummary) { try $0.restChildren($1) },
            Route(prefix + "/content/{id}/descendant/{type}", .rest, scopes: contentSummary) { try $0.restDescendants($1) },
            Route(prefix + "/content/{id}/label", .rest, scopes: contentSummary) { try $0.restLabels($1) },
            Route(prefix + "/content/{id}/restriction/byOperation", .rest,
                  scopes: .classic("read:confluence-content.all", granular: "read:content-details:confluence")) { try $0.restRestrictions($1) },
        ]
        return routes
    }
}
