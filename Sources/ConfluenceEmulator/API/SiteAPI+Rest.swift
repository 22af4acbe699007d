/// Cloud v1 (`/wiki/rest/api`) and Data Center (`/rest/api`) content and space endpoints.
extension SiteAPI {
    /// `GET /rest/api/space`: `spaceKey` (repeatable), `type`, `status`, `start`, `limit`, `expand`.
    func restSpaces(_ request: APIRequest) throws(APIError) -> APIResponse {
        let keys = Set(request.query.list("spaceKey") + request.query.list("spaceKeys"))
        let type = request.query["type"], status = request.query["status"]
        let indexes = visibleSpaces(request).filter { index in
            let space = site.spaces[index]
            return (keys.isEmpty || keys.contains(space.key)) && (type == nil || type == space.kind.rawValue)
                && (status == nil || status == space.status.rawValue)
        }.sorted { site.spaces[$0].key < site.spaces[$1].key }
        let expand = ExpandSet(request.query["expand"])
        return .json(try restPage(count: indexes.count, request, cap: flavor == .cloud ? 250 : 500) {
            restSpace(indexes[$0], expand: expand, request)
        })
    }

    /// `GET /rest/api/space/{spaceKey}`.
    func restSpaceByKey(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleSpace(key: request.parameter("spaceKey"), request)
        return .json(restSpace(index, expand: ExpandSet(request.query["expand"]), request))
    }

    /// Listed content of a space for a v1 type (`page`; `blogpost` is always empty here), `depth=root|all`.
    private func spaceContent(_ space: Int, type: String, depth: String?) throws(APIError) -> [Int] {
        switch type {
        case "page":
            let source = depth == "root" ? site.rootIndexes[space] : site.treeOrder[space]
            return source.filter { (flavor == .dataCenter || site.contents[$0].kind == .page) && site.contents[$0].status == .current }
        case "blogpost":
            return []
        default:
            throw .badRequest("Content type \(type) is not supported here; use page or blogpost")
        }
    }

    /// `GET /rest/api/space/{spaceKey}/content/{type}`.
    func restSpaceContentOfType(_ request: APIRequest) throws(APIError) -> APIResponse {
        let space = try visibleSpace(key: request.parameter("spaceKey"), request)
        let indexes = try spaceContent(space, type: request.parameter("type"), depth: request.query["depth"])
        let expand = ExpandSet(request.query["expand"])
        return .json(try restPage(count: indexes.count, request, cap: restCap(expand, search: false)) {
            restContent(indexes[$0], expand: expand, request)
        })
    }

    /// `GET /rest/api/space/{spaceKey}/content`: `{page: ContentArray, blogpost: ContentArray}`.
    func restSpaceContent(_ request: APIRequest) throws(APIError) -> APIResponse {
        let space = try visibleSpace(key: request.parameter("spaceKey"), request)
        let expand = ExpandSet(request.query["expand"])
        let pages = try spaceContent(space, type: "page", depth: request.query["depth"])
        let cap = restCap(expand, search: false)
        let pageList = try restPage(count: pages.count, request, cap: cap) { restContent(pages[$0], expand: expand, request) }
        let blogList = try restPage(count: 0, request, cap: cap) { _ in .null }
        return .json(.object([("page", pageList), ("blogpost", blogList), ("_links", .object(restLinks(request)))]))
    }

    /// `GET /rest/api/content`: `spaceKey`, `type`, `title`, `status`, `start`, `limit`, `expand`.
    func restContentList(_ request: APIRequest) throws(APIError) -> APIResponse {
        let type = request.query["type"] ?? "page"
        let statuses = Set(request.query.list("status").isEmpty ? ["current"] : request.query.list("status"))
        let title = request.query["title"]
        var spaces = visibleSpaces(request)
        if let key = request.query["spaceKey"] {
            spaces = [try visibleSpace(key: key, request)]
        }
        var indexes: [Int] = []
        if type == "page" {
            for space in spaces {
                indexes += site.treeOrder[space].filter { index in
                    let item = site.contents[index]
                    return (flavor == .dataCenter || item.kind == .page) && (statuses.contains("any") || statuses.contains(item.status.rawValue))
                        && (title == nil || item.title == title)
                }
            }
        } else if type == "folder" && flavor == .cloud {
            for space in spaces {
                indexes += site.treeOrder[space].filter { site.contents[$0].kind == .folder && statuses.contains(site.contents[$0].status.rawValue) }
            }
        } else if type != "blogpost" {
            throw .badRequest("Content type \(type) is not supported here; use page or blogpost")
        }
        let expand = ExpandSet(request.query["expand"])
        return .json(try restPage(count: indexes.count, request, cap: restCap(expand, search: false)) {
            restContent(indexes[$0], expand: expand, request)
        })
    }

    /// `GET /rest/api/content/{id}`: `expand`; an attachment id answers its attachment content.
    func restContentByID(_ request: APIRequest) throws(APIError) -> APIResponse {
        let expand = ExpandSet(request.query["expand"])
        let id = request.parameter("id")
        if id.hasPrefix("att") {
            for index in site.contents.indices where request.user.maySee(spaceKey: site.contents[index].spaceKey) {
                if let attachment = site.contents[index].attachments.first(where: { $0.id == id }) {
                    return .json(restAttachment(attachment, of: index, expand: expand, request))
                }
            }
        }
        let index = try visibleContent(id, request)
        return .json(restContent(index, expand: expand, request))
    }

    /// `GET /rest/api/content/{id}/child/{type}` for `page`, `attachment`, `comment` (always empty) and `folder`.
    func restChildren(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request)
        let expand = ExpandSet(request.query["expand"])
        let cap = restCap(expand, search: false)
        switch request.parameter("type") {
        case "page":
            let children = site.childIndexes[index].filter { flavor == .dataCenter || site.contents[$0].kind == .page }
            return .json(try restPage(count: children.count, request, cap: cap) { restContent(children[$0], expand: expand, request) })
        case "folder" where flavor == .cloud:
            let children = site.childIndexes[index].filter { site.contents[$0].kind == .folder }
            return .json(try restPage(count: children.count, request, cap: cap) { restContent(children[$0], expand: expand, request) })
        case "attachment":
            let attachments = site.contents[index].attachments
            return .json(try restPage(count: attachments.count, request, defaultLimit: 50, cap: cap) {
                restAttachment(attachments[$0], of: index, expand: expand, request)
            })
        case "comment":
            return .json(try restPage(count: 0, request, cap: cap) { _ in .null })
        default:
            throw .badRequest("Content type \(request.parameter("type")) is not supported here; use page, attachment or comment")
        }
    }

    /// `GET /rest/api/content/{id}/descendant/{type}`: every descendant page in tree order.
    func restDescendants(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request)
        guard request.parameter("type") == "page" else {
            return .json(try restPage(count: 0, request, cap: 25) { _ in .null })
        }
        var found: [Int] = []
        var stack = Array(site.childIndexes[index].reversed())
        while let next = stack.popLast() {
            if flavor == .dataCenter || site.contents[next].kind == .page { found.append(next) }
            stack.append(contentsOf: site.childIndexes[next].reversed())
        }
        let expand = ExpandSet(request.query["expand"])
        return .json(try restPage(count: found.count, request, cap: restCap(expand, search: false)) {
            restContent(found[$0], expand: expand, request)
        })
    }

    /// `GET /rest/api/content/{id}/label`: default limit 200.
    func restLabels(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request)
        var labels = site.contents[index].labels
        if let prefix = request.query["prefix"], prefix != "global" { labels = [] }
        return .json(try restPage(count: labels.count, request, defaultLimit: 200, cap: 200) { restLabel(labels[$0]) })
    }

    /// `GET /rest/api/content/{id}/restriction/byOperation`: no restrictions (space permissions decide visibility).
    func restRestrictions(_ request: APIRequest) throws(APIError) -> APIResponse {
        let index = try visibleContent(request.parameter("id"), request)
        let id = site.contents[index].id
        func operation(_ name: String) -> JSONValue {
            let empty: JSONValue = .object([("results", .array([])), ("start", .int(0)), ("limit", .int(200)), ("size", .int(0))])
            return .object([("operation", .string(name)),
                            ("restrictions", .object([("user", empty), ("group", empty)])),
                            ("_expandable", .object([("content", .string("/rest/api/content/\(id)"))])),
                            ("_links", .object([("self", .string(base(request) + "/rest/api/content/\(id)/restriction/byOperation/\(name)"))]))])
        }
        return .json(.object([("read", operation("read")), ("update", operation("update")),
                              ("_links", .object(restLinks(request)))]))
    }

    /// `GET /rest/api/user/current`: the caller (a site user when the account maps to one).
    /// `/rest/api/user`: one user by `accountId` (Cloud) or `key` / `username` (Data Center).
    func restUserLookup(_ request: APIRequest) throws(APIError) -> APIResponse {
        let found: SiteUser?
        switch flavor {
        case .cloud:
            guard let accountId = request.query["accountId"] else { throw .badRequest("accountId is required") }
            found = site.user(accountId: accountId)
        case .dataCenter:
            let key = request.query["key"], username = request.query["username"]
            guard key != nil || username != nil else { throw .badRequest("A key or username must be supplied") }
            found = site.user(key: key, username: username)
        }
        guard let found else { throw .notFound("No user found with the given identifier") }
        return .json(restUser(found, request))
    }

    func restCurrentUser(_ request: APIRequest) throws(APIError) -> APIResponse {
        if let accountId = request.user.accountId, site.user(accountId: accountId) != nil {
            return .json(restUser(accountId, request))
        }
        let person = SiteUser(accountId: request.user.accountId ?? request.user.name, userKey: request.user.name,
                              username: request.user.name, displayName: request.user.name, email: request.user.email ?? "")
        return .json(restUser(person, request))
    }
}
