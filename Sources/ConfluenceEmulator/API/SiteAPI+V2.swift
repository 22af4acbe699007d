/// Cloud REST v2 endpoints under `/wiki/api/v2`.
extension SiteAPI {
    /// `GET /spaces`: ids, keys, type, status filters; sort by id (default), key or name.
    func v2Spaces(_ request: APIRequest) throws(APIError) -> APIResponse {
        let ids = Set(request.query.list("ids")), keys = Set(request.query.list("keys"))
        let type = request.query["type"], status = request.query["status"]
        var indexes = visibleSpaces(request).filter { index in
            let space = site.spaces[index]
            return (ids.isEmpty || ids.contains(space.id)) && (keys.isEmpty || keys.contains(space.key))
                && (type == nil || type == space.kind.rawValue) && (status == nil || status == space.status.rawValue)
        }
        let sort = request.query["sort"] ?? "id"
        let descending = sort.hasPrefix("-")
        switch sort.trimmingPrefix("-") {
        case "key": indexes.sort { site.spaces[$0].key < site.spaces[$1].key }
        case "name": indexes.sort { site.spaces[$0].name < site.spaces[$1].name }
        case "id": indexes.sort { Site.idPrecedes(site.spaces[$0].id, site.spaces[$1].id) }
        default: throw .badRequest("The value \"\(sort)\" of parameter sort is not supported")
        }
        if descending { indexes.reverse() }
        let format = request.query["description-format"]
        return try v2Page(count: indexes.count, request) { v2Space(indexes[$0], descriptionFormat: format) }
    }

    /// `GET /spaces/{id}`.
    func v2Space(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleSpace(id: request.parameter("id"), request)
        return .json(v2Space(index, descriptionFormat: request.query["description-format"]).adding(("_links", .object([
            ("webui", .string("/spaces/\(site.spaces[index].key)")), ("base", .string(base(request))),
        ]))))
    }

    /// `GET /spaces/{id}/pages`: `depth=root|all`, `status`, `title`, `sort`, `body-format`.
    func v2SpacePages(_ request: APIRequest) throws(APIError) -> APIResponse {
        let space = try visibleSpace(id: request.parameter("id"), request)
        let depth = request.query["depth"] ?? "all"
        guard depth == "all" || depth == "root" else { throw .badRequest("The value \"\(depth)\" of parameter depth is not supported") }
        let source = depth == "root" ? site.rootIndexes[space] : site.idOrder[space]
        return try v2PageList(source.filter { site.contents[$0].kind == .page }, request, sortedByID: depth != "root")
    }

    /// `GET /pages`: every visible page, filtered by `space-id`, `id`, `title`, `status`.
    func v2Pages(_ request: APIRequest) throws(APIError) -> APIResponse {
        let spaceIDs = Set(request.query.list("space-id")), ids = request.query.list("id")
        var indexes: [Int] = []
        if !ids.isEmpty {
            indexes = ids.compactMap { site.contentIndexByID[$0] }
                .filter { site.contents[$0].kind == .page && request.user.maySee(spaceKey: site.contents[$0].spaceKey) }
        } else {
            for space in visibleSpaces(request) where spaceIDs.isEmpty || spaceIDs.contains(site.spaces[space].id) {
                indexes += site.idOrder[space].filter { site.contents[$0].kind == .page }
            }
        }
        return try v2PageList(indexes, request, sortedByID: false)
    }

    /// Filters (status, title), sorts and pages a list of pages; `sortedByID` skips re-sorting the default order.
    private func v2PageList(_ candidates: [Int], _ request: APIRequest, sortedByID: Bool) throws(APIError) -> APIResponse {
        let statuses = Set(request.query.list("status").isEmpty ? ["current", "archived"] : request.query.list("status"))
        let title = request.query["title"]
        var indexes = candidates.filter {
            statuses.contains(site.contents[$0].status.rawValue) && (title == nil || site.contents[$0].title == title)
        }
        let sort = request.query["sort"] ?? "id"
        let contents = site.contents
        switch sort.trimmingPrefix("-") {
        case "id": if !sortedByID { indexes.sort { Site.idPrecedes(contents[$0].id, contents[$1].id) } }
        case "title": indexes.sort { contents[$0].title < contents[$1].title }
        case "created-date": indexes.sort { contents[$0].createdAt < contents[$1].createdAt }
        case "modified-date": indexes.sort { contents[$0].modifiedAt < contents[$1].modifiedAt }
        default: throw .badRequest("The value \"\(sort)\" of parameter sort is not supported")
        }
        if sort.hasPrefix("-") { indexes.reverse() }
        let format = try bodyFormat(request, allowed: ["storage", "atlas_doc_format"])
        return try v2Page(count: indexes.count, request) { v2Page(indexes[$0], bodyFormat: format) }
    }

    private func bodyFormat(_ request: APIRequest, allowed: Set<String>) throws(APIError) -> String? {
        guard let format = request.query["body-format"] else { return nil }
        guard allowed.contains(format) else { throw .badRequest("The value \"\(format)\" of parameter body-format is not supported") }
        return format
    }

    /// `GET /pages/{id}`: `body-format`, `include-labels`, `include-version`.
    func v2PageByID(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let format = try bodyFormat(request, allowed: ["storage", "atlas_doc_format", "view", "export_view",
                                                       "anonymous_export_view", "styled_view", "editor"])
        var labels: JSONValue?
        if request.query["include-labels"] == "true" {
            let names = site.contents[index].labels
            labels = .object([("results", .array(names.prefix(50).map(v2Label))),
                              ("meta", .object([("hasMore", .bool(names.count > 50)), ("cursor", .string(Self.cursor(offset: 50)))])),
                              ("_links", .object([("self", .string("/wiki/api/v2/pages/\(site.contents[index].id)/labels"))]))])
        }
        let page = v2Page(index, bodyFormat: format, labels: labels, includeVersion: request.query["include-version"] != "false")
        let content = site.contents[index]
        return .json(page.adding(("_links", .object([
            ("webui", .string("/spaces/\(content.spaceKey)/pages/\(content.id)")), ("base", .string(base(request))),
        ]))))
    }

    /// `GET /pages/{id}/direct-children` and `GET /folders/{id}/direct-children`: pages and folders.
    func v2DirectChildren(_ request: APIRequest, of kind: SiteContent.Kind) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: kind)
        let children = site.childIndexes[index]
        return try v2Page(count: children.count, request) { v2Child(children[$0], typed: true) }
    }

    /// `GET /pages/{id}/children` (deprecated): child pages only.
    func v2ChildPages(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let children = site.childIndexes[index].filter { site.contents[$0].kind == .page }
        return try v2Page(count: children.count, request) { v2Child(children[$0], typed: false) }
    }

    /// `GET /pages/{id}/ancestors`: top-down, no cursor.
    func v2Ancestors(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let size = try limit(request, default: 25, cap: 250)
        let chain = site.ancestorIndexes(of: index).suffix(size)
        let results = chain.map { JSONValue.object([("id", .string(site.contents[$0].id)), ("type", .string(site.contents[$0].kind.rawValue))]) }
        return .json(.object([("results", .array(results)), ("_links", .object([("base", .string(base(request)))]))]))
    }

    /// `GET /pages/{id}/descendants`: pre-order down to `depth` (1...10, default 2).
    func v2Descendants(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let maxDepth = min(10, max(1, try request.query.integer("depth") ?? 2))
        var found: [(Int, Int)] = []
        var stack = site.childIndexes[index].reversed().map { ($0, 1) }
        while let (next, depth) = stack.popLast() {
            found.append((next, depth))
            if depth < maxDepth { stack.append(contentsOf: site.childIndexes[next].reversed().map { ($0, depth + 1) }) }
        }
        return try v2Page(count: found.count, request) { v2Descendant(found[$0].0, depth: found[$0].1) }
    }

    /// `GET /pages/{id}/labels`.
    func v2Labels(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let labels = site.contents[index].labels
        if let prefix = request.query["prefix"], prefix != "global" {
            return try v2Page(count: 0, request) { _ in .null }
        }
        return try v2Page(count: labels.count, request) { v2Label(labels[$0]) }
    }

    /// `GET /pages/{id}/attachments`: default limit 50; `mediaType` and `filename` filters.
    func v2Attachments(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .page)
        let mediaType = request.query["mediaType"], filename = request.query["filename"]
        let attachments = site.contents[index].attachments.filter {
            (mediaType == nil || $0.mediaType == mediaType) && (filename == nil || $0.title == filename)
        }
        return try v2Page(count: attachments.count, request, defaultLimit: 50) { v2Attachment(attachments[$0], of: index) }
    }

    /// `GET /folders/{id}`.
    func v2FolderByID(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request, kind: .folder)
        return .json(v2Folder(index).adding(("_links", .object([
            ("webui", .string("/spaces/\(site.contents[index].spaceKey)/folder/\(site.contents[index].id)")),
            ("base", .string(base(request))),
        ]))))
    }

    /// `GET /_edge/tenant_info`.
    func tenantInfo(_ request: APIRequest) throws(APIError) -> APIResponse {
        .json(.object([("cloudId", .string(cloudId))]))
    }
}
