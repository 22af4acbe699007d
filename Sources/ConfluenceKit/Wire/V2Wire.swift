/// Response shapes of Confluence Cloud REST v2 (`/wiki/api/v2`), decoded exactly as the spec writes them.
enum V2 {
    struct List<Element: Decodable & Sendable>: Decodable, Sendable {
        let results: [Element]?
        let _links: Links?
    }

    struct Space: Decodable {
        let id: LenientString?
        let key: String
        let name: String?
        let type: String?
        let status: String?
        let homepageId: LenientString?
        let description: PlainDescription?

        var model: ConfluenceKit.Space {
            ConfluenceKit.Space(
                id: id?.value, key: key, name: name ?? key,
                type: type.map(SpaceType.init(rawValue:)), status: status.map(ContentStatus.init(rawValue:)),
                homepageId: homepageId?.value, description: description?.plain?.value
            )
        }
    }

    struct Version: Decodable {
        let number: Int?
        let createdAt: String?
        let message: String?
        let authorId: String?

        var model: ConfluenceKit.Version? {
            number.map { ConfluenceKit.Version(number: $0, createdAt: LenientDate.parse(createdAt), message: message, authorId: authorId) }
        }
    }

    struct Label: Decodable {
        let id: LenientString?
        let name: String
        let prefix: String?

        var model: ConfluenceKit.Label { ConfluenceKit.Label(id: id?.value, name: name, prefix: prefix) }
    }

    struct Labels: Decodable {
        struct Meta: Decodable { let hasMore: Bool? }
        let results: [Label]?
        let meta: Meta?
    }

    struct Page: Decodable {
        let id: LenientString
        let status: String?
        let title: String?
        let spaceId: LenientString?
        let parentId: LenientString?
        let parentType: String?
        let position: Int?
        let version: Version?
        let body: StorageBody?
        let labels: Labels?
        let _links: Links?

        var item: ContentItem {
            ContentItem(id: id.value, kind: .page, title: title ?? "", status: status.map(ContentStatus.init(rawValue:)),
                        spaceId: spaceId?.value, parentId: parentId?.value, position: position)
        }

        func model(space: ConfluenceKit.Space?) -> ConfluenceKit.Page {
            ConfluenceKit.Page(
                id: id.value, kind: .page, title: title ?? "", status: status.map(ContentStatus.init(rawValue:)),
                space: SpaceReference(id: spaceId?.value ?? space?.id, key: space?.key, name: space?.name),
                parentId: parentId?.value, parentKind: parentType.map(ContentKind.init(rawValue:)), position: position,
                version: version?.model, storageBody: body?.storage?.value,
                labels: labels?.results?.map(\.model) ?? [], ancestors: nil, webPath: _links?.webui
            )
        }
    }

    struct Child: Decodable {
        let id: LenientString
        let status: String?
        let title: String?
        let type: String?
        let spaceId: LenientString?
        let childPosition: Int?

        func model(parentId: String) -> ContentItem {
            ContentItem(id: id.value, kind: ContentKind(rawValue: type ?? "page"), title: title ?? "",
                        status: status.map(ContentStatus.init(rawValue:)), spaceId: spaceId?.value,
                        parentId: parentId, position: childPosition)
        }
    }

    struct Ancestor: Decodable {
        let id: LenientString
        let type: String?

        var model: ContentReference { ContentReference(id: id.value, kind: ContentKind(rawValue: type ?? "page")) }
    }

    struct Attachment: Decodable {
        let id: LenientString
        let title: String?
        let mediaType: String?
        let fileSize: Int?
        let comment: String?
        let downloadLink: String?
        let version: Version?
        let _links: Links?

        var model: ConfluenceKit.Attachment {
            ConfluenceKit.Attachment(id: id.value, title: title ?? "", mediaType: mediaType, fileSize: fileSize, comment: comment,
                                     downloadPath: downloadLink ?? _links?.download, version: version?.number)
        }
    }
}
