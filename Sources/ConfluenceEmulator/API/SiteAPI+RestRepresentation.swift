/// JSON shapes of Cloud v1 and Data Center REST (`Content`, `Space`, `Label`, `SearchResult`, ...), with `expand`.
extension SiteAPI {
    /// The v1 `type` of a content item; Data Center has no folders, so they show as pages there.
    func restType(_ item: SiteContent) -> String {
        flavor == .dataCenter ? "page" : item.kind.rawValue
    }

    func restUser(_ accountId: String, _ request: APIRequest) -> JSONValue {
        restUser(site.user(accountId: accountId)
            ?? SiteUser(accountId: accountId, userKey: accountId, username: accountId, displayName: accountId, email: ""), request)
    }

    func restUser(_ person: SiteUser, _ request: APIRequest) -> JSONValue {
        let picture: JSONValue = .object([("path", .string("/images/icons/profilepics/default.svg")), ("width", .int(48)),
                                          ("height", .int(48)), ("isDefault", .bool(true))])
        switch flavor {
        case .cloud:
            return .object([("type", .string("known")), ("accountId", .string(person.accountId)),
                            ("accountType", .string("atlassian")), ("email", .string(person.email)),
                            ("publicName", .string(person.displayName)), ("profilePicture", picture),
                            ("displayName", .string(person.displayName)), ("isExternalCollaborator", .bool(false)),
                            ("_expandable", .object([("operations", .string("")), ("personalSpace", .string(""))])),
                            ("_links", .object([("self", .string(base(request) + "/rest/api/user?accountId=\(person.accountId)"))]))])
        case .dataCenter:
            return .object([("type", .string("known")), ("username", .string(person.username)),
                            ("userKey", .string(person.userKey)), ("profilePicture", picture),
                            ("displayName", .string(person.displayName)),
                            ("_links", .object([("self", .string(base(request) + "/rest/api/user?key=\(person.userKey)"))]))])
        }
    }

    func restVersion(_ item: SiteContent, _ request: APIRequest) -> JSONValue {
        .object([("by", restUser(item.lastModifierId, request)), ("when", .string(item.modifiedAt.iso8601)),
                 ("friendlyWhen", .string(item.modifiedAt.iso8601.prefix(10).description)), ("message", .string("")),
                 ("number", .int(item.version)), ("minorEdit", .bool(false)),
                 ("_expandable", .object([("content", .string("/rest/api/content/\(item.id)"))])),
                 ("_links", .object([("self", .string(base(request) + "/rest/api/content/\(item.id)/version/\(item.version)"))]))])
    }

    func restLabel(_ name: String) -> JSONValue {
        .object([("prefix", .string("global")), ("name", .string(name)), ("id", .string(site.labelIDs[name] ?? "0")),
                 ("label", .string(name))])
    }

    func restSpace(_ index: Int, expand: ExpandSet, _ request: APIRequest) -> JSONValue {
        let space = site.spaces[index]
        var pairs: [(String, JSONValue)] = [("id", .int(Int(space.id) ?? 0)), ("key", .string(space.key)),
                                            ("name", .string(space.name))]
        var expandable: [(String, JSONValue)] = []
        if expand.contains("description") {
            pairs.append(("description", .object([("plain", .object([("value", .string(space.description)),
                                                                       ("representation", .string("plain")),
                                                                       ("embeddedContent", .array([]))]))])))
        } else {
            expandable.append(("description", .string("")))
        }
        if expand.contains("homepage"), let home = space.homepageId, let homeIndex = site.contentIndexByID[home] {
            pairs.append(("homepage", restContent(homeIndex, expand: expand.nested("homepage"), request)))
        } else if let home = space.homepageId {
            expandable.append(("homepage", .string("/rest/api/content/\(home)")))
        }
        pairs += [("type", .string(space.kind.rawValue)), ("status", .string(space.status.rawValue))]
        expandable += [("settings", .string("/rest/api/space/\(space.key)/settings")), ("metadata", .string("")),
                       ("operations", .string("")), ("lookAndFeel", .string("/settings/lookandfeel?spaceKey=\(space.key)")),
                       ("permissions", .string("")), ("icon", .string("")), ("theme", .string("/rest/api/space/\(space.key)/theme")),
                       ("history", .string(""))]
        pairs.append(("_expandable", .object(expandable)))
        pairs.append(("_links", .object([("webui", .string(flavor == .cloud ? "/spaces/\(space.key)" : "/display/\(space.key)")),
                                         ("self", .string(base(request) + "/rest/api/space/\(space.key)"))])))
        return .object(pairs)
    }

    /// A page or folder as v1/DC `Content`, with the expansions asked for.
    func restContent(_ index: Int, expand: ExpandSet, _ request: APIRequest) -> JSONValue {
        let item = site.contents[index]
        let spaceIndex = site.spaceIndexOfContent[index]
        var pairs: [(String, JSONValue)] = [("id", .string(item.id)), ("type", .string(restType(item))),
                                            ("status", .string(item.status.rawValue)), ("title", .string(item.title))]
        var expandable: [(String, JSONValue)] = []
        func expandOr(_ key: String, _ link: String, _ value: () -> JSONValue) {
            if expand.contains(key) { pairs.append((key, value())) } else { expandable.append((key, .string(link))) }
        }
        expandOr("space", "/rest/api/space/\(item.spaceKey)") { restSpace(spaceIndex, expand: expand.nested("space"), request) }
        expandOr("history", "/rest/api/content/\(item.id)/history") {
            var history: [(String, JSONValue)] = [("latest", .bool(true)), ("createdBy", restUser(item.authorId, request)),
                                                  ("createdDate", .string(item.createdAt.iso8601))]
            if expand.contains("history.lastUpdated") { history.append(("lastUpdated", restVersion(item, request))) }
            if expand.contains("history.contributors") {
                let ids = Array(Set([item.authorId, item.lastModifierId])).sorted()
                history.append(("contributors", .object([("publishers", .object([
                    ("users", .array(ids.map { restUser($0, request) })), ("userKeys", .array(ids.map { .string($0) })),
                ]))])))
            }
            history.append(("_links", .object([("self", .string(base(request) + "/rest/api/content/\(item.id)/history"))])))
            return .object(history)
        }
        expandOr("version", "") { restVersion(item, request) }
        expandOr("ancestors", "") {
            .array(site.ancestorIndexes(of: index).map { restContent($0, expand: expand.nested("ancestors"), request) })
        }
        if expand.contains("body") {
            var bodies: [(String, JSONValue)] = []
            // Folders (pages on Data Center) get every requested representation too, with an empty value.
            for representation in expand.bodyRepresentations {
                bodies.append((representation, .object([
                    ("value", .string(bodyText(item, format: representation))), ("representation", .string(representation)),
                    ("_expandable", .object([("content", .string("/rest/api/content/\(item.id)"))])),
                ])))
            }
            pairs.append(("body", .object(bodies)))
        } else {
            expandable.append(("body", .string("")))
        }
        expandOr("metadata", "") {
            var metadata: [(String, JSONValue)] = []
            if expand.contains("metadata.labels") {
                metadata.append(("labels", .object([("results", .array(item.labels.map(restLabel))), ("start", .int(0)),
                                                    ("limit", .int(200)), ("size", .int(item.labels.count)),
                                                    ("_links", .object([("self", .string(base(request) + "/rest/api/content/\(item.id)/label"))]))])))
            }
            metadata.append(("_expandable", .object([("currentuser", .string("")), ("properties", .string("")),
                                                     ("frontend", .string("")), ("labels", .string(""))])))
            return .object(metadata)
        }
        expandOr("children", "/rest/api/content/\(item.id)/child") {
            var children: [(String, JSONValue)] = []
            if expand.contains("children.page") {
                let pages = site.childIndexes[index].filter { flavor == .dataCenter || site.contents[$0].kind == .page }
                children.append(("page", restEmbeddedList(pages.map { restContent($0, expand: expand.nested("children.page"), request) })))
            }
            if expand.contains("children.attachment") {
                children.append(("attachment", restEmbeddedList(item.attachments.map { restAttachment($0, of: index, expand: ExpandSet(nil), request) })))
            }
            children.append(("_links", .object([("self", .string(base(request) + "/rest/api/content/\(item.id)/child"))])))
            return .object(children)
        }
        expandOr("container", "/rest/api/space/\(item.spaceKey)") { restSpace(spaceIndex, expand: ExpandSet(nil), request) }
        expandable += [("operations", .string("")), ("restrictions", .string("/rest/api/content/\(item.id)/restriction/byOperation")),
                       ("descendants", .string("/rest/api/content/\(item.id)/descendant"))]
        pairs.append(("extensions", .object([("position", .int(item.position))])))
        pairs.append(("_expandable", .object(expandable)))
        pairs.append(("_links", .object(restContentLinks(item, request))))
        return .object(pairs)
    }

    private func restEmbeddedList(_ results: [JSONValue]) -> JSONValue {
        .object([("results", .array(results)), ("start", .int(0)), ("limit", .int(max(25, results.count))),
                 ("size", .int(results.count)), ("_links", .object([]))])
    }

    func restContentLinks(_ item: SiteContent, _ request: APIRequest) -> [(String, JSONValue)] {
        let webui = flavor == .cloud ? "/spaces/\(item.spaceKey)/pages/\(item.id)/\(slug(item.title))"
            : "/pages/viewpage.action?pageId=\(item.id)"
        return [("webui", .string(webui)), ("edit", .string("/pages/resumedraft.action?draftId=\(item.id)")),
                ("tinyui", .string("/x/\(SiteAPI.base64URL(Array(item.id.utf8)))")),
                ("self", .string(base(request) + "/rest/api/content/\(item.id)"))]
    }

    /// An attachment as v1/DC `Content` of type `attachment`.
    func restAttachment(_ attachment: SiteAttachment, of index: Int, expand: ExpandSet, _ request: APIRequest) -> JSONValue {
        let item = site.contents[index]
        let download = "/download/attachments/\(item.id)/\(QueryParameters.encode(attachment.title))?version=1&api=v2"
        var pairs: [(String, JSONValue)] = [("id", .string(attachment.id)), ("type", .string("attachment")),
                                            ("status", .string("current")), ("title", .string(attachment.title))]
        if expand.contains("version") { pairs.append(("version", restVersion(item, request).adding(("number", .int(1))))) }
        if expand.contains("container") { pairs.append(("container", restContent(index, expand: ExpandSet(nil), request))) }
        pairs += [
            ("metadata", .object([("mediaType", .string(attachment.mediaType)), ("comment", .string(attachment.comment))])),
            ("extensions", .object([("mediaType", .string(attachment.mediaType)), ("fileSize", .int(attachment.fileSize)),
                                    ("comment", .string(attachment.comment))])),
            ("_expandable", .object([("container", .string("/rest/api/content/\(item.id)")), ("version", .string("")),
                                     ("space", .string("/rest/api/space/\(item.spaceKey)"))])),
            ("_links", .object([("webui", .string("/pages/viewpageattachments.action?pageId=\(item.id)")),
                                ("download", .string(download)),
                                ("self", .string(base(request) + "/rest/api/content/\(attachment.id)"))])),
        ]
        return .object(pairs)
    }

    /// A `/rest/api/search` result wrapper around a content item.
    func restSearchResult(_ index: Int, expand: ExpandSet, excerpt: String, _ request: APIRequest) -> JSONValue {
        let item = site.contents[index]
        let space = site.spaces[site.spaceIndexOfContent[index]]
        let text = excerpt == "none" ? "" : String(StorageRendering.plainText(site.body(ofContent: item.id)).prefix(300))
        let crumbs: [JSONValue] = site.ancestorIndexes(of: index).map { ancestor in
            .object([("label", .string(site.contents[ancestor].title)),
                     ("url", .string(restContentLinks(site.contents[ancestor], request)[0].1.stringValue)),
                     ("separator", .string("/"))])
        }
        let url = restContentLinks(item, request)[0].1.stringValue
        return .object([
            ("content", restContent(index, expand: expand.nested("content"), request)),
            ("title", .string(item.title)), ("excerpt", .string(text)), ("url", .string(url)),
            ("resultGlobalContainer", .object([("title", .string(space.name)),
                                               ("displayUrl", .string(flavor == .cloud ? "/spaces/\(space.key)" : "/display/\(space.key)"))])),
            ("breadcrumbs", .array(crumbs)), ("entityType", .string("content")),
            ("iconCssClass", .string("aui-icon content-type-\(restType(item))")),
            ("lastModified", .string(item.modifiedAt.iso8601)),
            ("friendlyLastModified", .string(String(item.modifiedAt.iso8601.prefix(10)))), ("score", .int(0)),
        ])
    }
}
