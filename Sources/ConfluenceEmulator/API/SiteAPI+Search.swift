/// CQL search (`/rest/api/search`, `/rest/api/content/search`) and Data Center's `content/scan`.
extension SiteAPI {
    /// Runs the request's `cql` for its user; archived spaces only with `includeArchivedSpaces=true` (any case).
    private func searchMatches(_ request: APIRequest) throws(APIError) -> [Int] {
        guard let cql = request.query["cql"], !cql.trimmingSpaces().isEmpty else {
            throw .badRequest("CQL query parameter is required but was not provided")
        }
        let search = SiteSearch(site: site, user: request.user, now: now(), source: cql,
                                includeArchivedSpaces: request.query["includeArchivedSpaces"]?.lowercased() == "true",
                                foldersArePages: flavor == .dataCenter)
        // Date functions depend on the clock, so queries using them are evaluated afresh (spaces are dropped
        // first: `now ("-1d")` is the same call).
        let lowered = String(cql.lowercased().filter { !$0.isWhitespace })
        guard !["now(", "startof", "endof"].contains(where: lowered.contains) else { return try search.run() }
        let key = "\(search.includeArchivedSpaces) \(cql)"
        return try searchCache.results(cql: key, user: request.user.name) { () throws(APIError) -> [Int] in try search.run() }
    }

    /// Offset and size of a search page: a `cursor` when the request has one (the next links carry it), else
    /// `start`; `limit=0` is allowed (a count).
    private func searchWindow(_ request: APIRequest, cap: Int) throws(APIError) -> (offset: Int, size: Int) {
        var offset = try request.query.integer("start") ?? 0
        if let cursor = request.query["cursor"] { offset = try Self.offset(cursor: cursor) }
        let size = min(try request.query.integer("limit") ?? 25, cap)
        return (offset, size)
    }

    /// The next link of a search page, or nil on the last page: Cloud puts a cursor (and the matching `start`) in
    /// it, Data Center only `start`. Either flavour accepts a cursor and lets it win over `start`.
    private func searchNext(_ request: APIRequest, offset: Int, size: Int, total: Int) -> String? {
        guard size > 0, offset + size < total else { return nil }
        let next = request.repeatCursor ? offset : offset + size
        switch flavor {
        case .cloud:
            let cursor = request.repeatCursor ? (request.query["cursor"] ?? Self.cursor(offset: offset)) : Self.cursor(offset: next)
            return relativePath(request, replacing: ["cursor", "start", "limit", "next"],
                                with: [("next", "true"), ("cursor", cursor), ("limit", String(size)), ("start", String(next))])
        case .dataCenter:
            return relativePath(request, replacing: ["cursor", "start", "limit"], with: [("limit", String(size)), ("start", String(next))])
        }
    }

    /// `GET /rest/api/search`: result wrappers with `totalSize` and `cqlQuery`.
    func restSearch(_ request: APIRequest) throws(APIError) -> APIResponse {
        let matches = try searchMatches(request)
        let expand = ExpandSet(request.query["expand"])
        let (offset, size) = try searchWindow(request, cap: restCap(expand.nested("content"), search: true))
        let end = min(matches.count, offset + size)
        let excerpt = request.query["excerpt"] ?? "highlight"
        let results = offset < end ? (offset..<end).map { restSearchResult(matches[$0], expand: expand, excerpt: excerpt, request) } : []
        var links = restLinks(request)
        if let next = searchNext(request, offset: offset, size: size, total: matches.count) { links.append(("next", .string(next))) }
        return .json(.object([("results", .array(results)), ("start", .int(offset)), ("limit", .int(size)),
                              ("size", .int(results.count)), ("totalSize", .int(matches.count)),
                              ("cqlQuery", .string(request.query["cql"] ?? "")), ("searchDuration", .int(1)),
                              ("_links", .object(links))]))
    }

    /// `GET /rest/api/content/search`: bare content, no total, with the flavour's limit caps.
    func restContentSearch(_ request: APIRequest) throws(APIError) -> APIResponse {
        let matches = try searchMatches(request)
        let expand = ExpandSet(request.query["expand"])
        let (offset, size) = try searchWindow(request, cap: restCap(expand, search: true))
        let end = min(matches.count, offset + size)
        let results = offset < end ? (offset..<end).map { restContent(matches[$0], expand: expand, request) } : []
        var links = restLinks(request)
        if let next = searchNext(request, offset: offset, size: size, total: matches.count) { links.append(("next", .string(next))) }
        return .json(.object([("results", .array(results)), ("start", .int(offset)), ("limit", .int(size)),
                              ("size", .int(results.count)), ("_links", .object(links))]))
    }

    /// `GET /rest/api/content/scan` (Data Center 7.18+): every page in id order, cursor paging with `nextCursor`.
    func restScan(_ request: APIRequest) throws(APIError) -> APIResponse {
        var spaces = visibleSpaces(request)
        if let key = request.query["spaceKey"] { spaces = [try visibleSpace(key: key, request)] }
        let type = request.query["type"] ?? "page"
        var indexes: [Int] = []
        if type == "page" {
            for space in spaces { indexes += site.idOrder[space].filter { site.contents[$0].status == .current } }
        }
        if spaces.count > 1 { indexes.sort { Site.idPrecedes(site.contents[$0].id, site.contents[$1].id) } }
        let cursor = request.query["cursor"]
        var start = 0
        if let cursor {
            let parts = cursor.split(separator: ":")
            guard parts.count == 3, parts[0] == "cursortype", let lastID = Int(parts[2]), lastID >= 0 else {
                throw .badRequest("The cursor \"\(cursor)\" is not valid")
            }
            let last = String(lastID)
            start = indexes.partitionPoint { !Site.idPrecedes(last, site.contents[$0].id) }
        }
        let expand = ExpandSet(request.query["expand"])
        let size = try limit(request, default: 25, cap: restCap(expand, search: true))
        let end = min(indexes.count, start + size)
        let results = start < end ? (start..<end).map { restContent(indexes[$0], expand: expand, request) } : []
        var pairs: [(String, JSONValue)] = [("results", .array(results))]
        if let cursor { pairs.append(("cursor", .string(cursor))) }
        var links = restLinks(request)
        if end < indexes.count, end > 0 {
            let next = request.repeatCursor ? (cursor ?? "cursortype:false:0") : "cursortype:false:\(site.contents[indexes[end - 1]].id)"
            pairs.append(("nextCursor", .string(next)))
            links.append(("next", .string(relativePath(request, replacing: ["cursor"], with: [("cursor", next)]))))
        }
        // A cursor at or past the last id gives an empty page, whose previous page starts at the last item.
        if start > 0, let first = indexes.indices.contains(start) ? indexes[start] : indexes.last {
            pairs.append(("prevCursor", .string("cursortype:true:\(site.contents[first].id)")))
        }
        pairs += [("limit", .int(size)), ("size", .int(results.count)), ("_links", .object(links))]
        return .json(.object(pairs))
    }
}
