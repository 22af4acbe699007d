/// The endpoints each flavour serves.
extension RouteTable {
    /// Cloud: v2, v1 under `/wiki/rest/api`, and `/_edge/tenant_info`.
    static let cloud = RouteTable(routes: [
        Route("/_edge/tenant_info", .edge) { try $0.tenantInfo($1) },
        Route("/wiki/api/v2/spaces", .v2) { try $0.v2Spaces($1) },
        Route("/wiki/api/v2/spaces/{id}", .v2) { try $0.v2Space($1) },
        Route("/wiki/api/v2/spaces/{id}/pages", .v2) { try $0.v2SpacePages($1) },
        Route("/wiki/api/v2/pages", .v2) { try $0.v2Pages($1) },
        Route("/wiki/api/v2/pages/{id}", .v2) { try $0.v2PageByID($1) },
        Route("/wiki/api/v2/pages/{id}/direct-children", .v2) { try $0.v2DirectChildren($1, of: .page) },
        Route("/wiki/api/v2/pages/{id}/children", .v2) { try $0.v2ChildPages($1) },
        Route("/wiki/api/v2/pages/{id}/ancestors", .v2) { try $0.v2Ancestors($1) },
        Route("/wiki/api/v2/pages/{id}/descendants", .v2) { try $0.v2Descendants($1) },
        Route("/wiki/api/v2/pages/{id}/labels", .v2) { try $0.v2Labels($1) },
        Route("/wiki/api/v2/pages/{id}/attachments", .v2) { try $0.v2Attachments($1) },
        Route("/wiki/api/v2/folders/{id}", .v2) { try $0.v2FolderByID($1) },
        Route("/wiki/api/v2/folders/{id}/direct-children", .v2) { try $0.v2DirectChildren($1, of: .folder) },
    ] + restRoutes(prefix: "/wiki/rest/api", scan: false))

    /// Data Center: `/rest/api` (after the context path), including `content/scan`.
    static let dataCenter = RouteTable(routes: restRoutes(prefix: "/rest/api", scan: true))

    /// The v1/DC REST routes under `prefix`; literal segments (`search`, `scan`) come before `{id}`.
    private static func restRoutes(prefix: String, scan: Bool) -> [Route] {
        var routes = [
            Route(prefix + "/search", .rest) { try $0.restSearch($1) },
            Route(prefix + "/content/search", .rest) { try $0.restContentSearch($1) },
            Route(prefix + "/content", .rest) { try $0.restContentList($1) },
            Route(prefix + "/space", .rest) { try $0.restSpaces($1) },
            Route(prefix + "/user/current", .rest) { try $0.restCurrentUser($1) },
            Route(prefix + "/user", .rest) { try $0.restUserLookup($1) },
            Route(prefix + "/space/{spaceKey}", .rest) { try $0.restSpaceByKey($1) },
            Route(prefix + "/space/{spaceKey}/content", .rest) { try $0.restSpaceContent($1) },
            Route(prefix + "/space/{spaceKey}/content/{type}", .rest) { try $0.restSpaceContentOfType($1) },
        ]
        if scan { routes.append(Route(prefix + "/content/scan", .rest) { try $0.restScan($1) }) }
        routes += [
            Route(prefix + "/content/{id}", .rest) { try $0.restContentByID($1) },
            Route(prefix + "/content/{id}/child/{type}", .rest) { try $0.restChildren($1) },
            Route(prefix + "/content/{id}/descendant/{type}", .rest) { try $0.restDescendants($1) },
            Route(prefix + "/content/{id}/label", .rest) { try $0.restLabels($1) },
            Route(prefix + "/content/{id}/restriction/byOperation", .rest) { try $0.restRestrictions($1) },
        ]
        return routes
    }
}
