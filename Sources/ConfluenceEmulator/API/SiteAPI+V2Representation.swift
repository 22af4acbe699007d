/// JSON shapes of Cloud REST v2 (`cloud-v2.openapi.json`: SpaceBulk, PageBulk/PageSingle, ChildrenResponse, ...).
extension SiteAPI {
    func v2Space(_ index: Int, descriptionFormat: String?) -> JSONValue {
        let space = site.spaces[index]
        var pairs: [(String, JSONValue)] = [
            ("id", .string(space.id)), ("key", .string(space.key)), ("name", .string(space.name)),
            ("type", .string(space.kind.rawValue)), ("status", .string(space.status.rawValue)),
            ("authorId", .string(space.authorId)), ("createdAt", .string(space.createdAt.iso8601)),
        ]
        if let home = space.homepageId { pairs.append(("homepageId", .string(home))) }
        if let format = descriptionFormat, format == "plain" || format == "view" {
            let value = format == "plain" ? space.description : "<p>\(StorageRendering.escapeText(space.description))</p>"
            pairs.append(("description", .object([(format, .object([("representation", .string(format)), ("value", .string(value))]))])))
        }
        pairs.append(("_links", .object([("webui", .string("/spaces/\(space.key)"))])))
        return .object(pairs)
    }

    func v2Version(_ item: SiteContent) -> JSONValue {
        .object([("createdAt", .string(item.modifiedAt.iso8601)), ("message", .string("")), ("number", .int(item.version)),
                 ("minorEdit", .bool(false)), ("authorId", .string(item.lastModifierId))])
    }

    /// The `body` object for a v2 `body-format`.
    func v2Body(_ item: SiteContent, format: String?) -> JSONValue {
        guard let format, item.kind == .page else { return .object([]) }
        return .object([(format, .object([("representation", .string(format)), ("value", .string(bodyText(item, format: format)))]))])
    }

    /// The body of a page in a representation: storage as stored, view/export_view as plain HTML, ADF as a minimal doc.
    func bodyText(_ item: SiteContent, format: String) -> String {
        let stored = site.body(ofContent: item.id)
        let storage = flavor == .dataCenter ? site.withUserKeys(stored) : stored
        switch format {
        case "storage", "editor", "editor2", "wiki": return storage
        case "atlas_doc_format":
            let text = StorageRendering.plainText(storage)
            let doc: JSONValue = .object([("type", .string("doc")), ("version", .int(1)), ("content", .array([
                .object([("type", .string("paragraph")), ("content", .array(text.isEmpty ? [] : [
                    .object([("type", .string("text")), ("text", .string(text))]),
                ]))]),
            ]))])
            return String(decoding: doc.serialized(), as: UTF8.self)
        default: return StorageRendering.html(storage)
        }
    }

    /// The parent's id and type fields, when there is a parent.
    private func v2Parent(_ index: Int) -> [(String, JSONValue)] {
        let parent = site.parentIndex[index]
        guard parent >= 0 else { return [] }
        return [("parentId", .string(site.contents[parent].id)), ("parentType", .string(site.contents[parent].kind.rawValue))]
    }

    func v2Page(_ index: Int, bodyFormat: String?, labels: JSONValue? = nil, includeVersion: Bool = true) -> JSONValue {
        let item = site.contents[index]
        let space = site.spaces[site.spaceIndexOfContent[index]]
        var pairs: [(String, JSONValue)] = [
            ("id", .string(item.id)), ("status", .string(item.status.rawValue)), ("title", .string(item.title)),
            ("spaceId", .string(space.id)),
        ]
        pairs += v2Parent(index)
        pairs += [("position", .int(item.position)), ("authorId", .string(item.authorId)), ("ownerId", .string(item.authorId)),
                  ("lastOwnerId", .null), ("createdAt", .string(item.createdAt.iso8601))]
        if includeVersion { pairs.append(("version", v2Version(item))) }
        pairs.append(("body", v2Body(item, format: bodyFormat)))
        if let labels { pairs.append(("labels", labels)) }
        pairs.append(("_links", .object([
            ("webui", .string("/spaces/\(space.key)/pages/\(item.id)/\(slug(item.title))")),
            ("editui", .string("/pages/resumedraft.action?draftId=\(item.id)")),
            ("tinyui", .string("/x/\(SiteAPI.base64URL(Array(item.id.utf8)))")),
        ])))
        return .object(pairs)
    }

    func v2Folder(_ index: Int) -> JSONValue {
        let item = site.contents[index]
        let space = site.spaces[site.spaceIndexOfContent[index]]
        var pairs: [(String, JSONValue)] = [("id", .string(item.id)), ("type", .string("folder")),
                                            ("status", .string(item.status.rawValue)), ("title", .string(item.title))]
        pairs += v2Parent(index)
        pairs += [("position", .int(item.position)), ("authorId", .string(item.authorId)), ("ownerId", .string(item.authorId)),
                  ("createdAt", .string(item.createdAt.iso8601)), ("spaceId", .string(space.id)), ("version", v2Version(item)),
                  ("_links", .object([("webui", .string("/spaces/\(space.key)/folder/\(item.id)"))]))]
        return .object(pairs)
    }

    /// A direct child (ChildrenResponse) or, with `typed: false`, a deprecated ChildPage.
    func v2Child(_ index: Int, typed: Bool) -> JSONValue {
        let item = site.contents[index]
        var pairs: [(String, JSONValue)] = [("id", .string(item.id)), ("status", .string(item.status.rawValue)),
                                            ("title", .string(item.title))]
        if typed { pairs.append(("type", .string(item.kind.rawValue))) }
        pairs += [("spaceId", .string(site.spaces[site.spaceIndexOfContent[index]].id)), ("childPosition", .int(item.position))]
        return .object(pairs)
    }

    func v2Descendant(_ index: Int, depth: Int) -> JSONValue {
        let item = site.contents[index]
        return .object([("id", .string(item.id)), ("status", .string(item.status.rawValue)), ("title", .string(item.title)),
                        ("type", .string(item.kind.rawValue)), ("parentId", .string(site.contents[site.parentIndex[index]].id)),
                        ("depth", .int(depth)), ("childPosition", .int(item.position))])
    }

    func v2Label(_ name: String) -> JSONValue {
        .object([("id", .string(site.labelIDs[name] ?? "0")), ("name", .string(name)), ("prefix", .string("global"))])
    }

    func v2Attachment(_ attachment: SiteAttachment, of index: Int) -> JSONValue {
        let item = site.contents[index]
        let space = site.spaces[site.spaceIndexOfContent[index]]
        let download = "/download/attachments/\(item.id)/\(QueryParameters.encode(attachment.title))?version=1"
        let webui = "/spaces/\(space.key)/pages/\(item.id)/\(slug(item.title))?preview=\(QueryParameters.encode("/" + item.id + "/" + attachment.title))"
        return .object([
            ("id", .string(attachment.id)), ("status", .string("current")), ("title", .string(attachment.title)),
            ("createdAt", .string(item.createdAt.iso8601)), ("pageId", .string(item.id)),
            ("mediaType", .string(attachment.mediaType)), ("comment", .string(attachment.comment)),
            ("fileId", .string("file-" + attachment.id)), ("fileSize", .int(attachment.fileSize)),
            ("webuiLink", .string(webui)), ("downloadLink", .string(download)),
            ("version", .object([("createdAt", .string(item.createdAt.iso8601)), ("message", .string("")),
                                 ("number", .int(1)), ("minorEdit", .bool(false)), ("authorId", .string(item.authorId))])),
            ("_links", .object([("webui", .string(webui)), ("download", .string(download))])),
        ])
    }
}
