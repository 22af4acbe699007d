/// Response shapes of REST v1 (`/rest/api`), shared by Cloud and Data Center.
enum V1 {
    struct List<Element: Decodable & Sendable>: Decodable, Sendable {
        let results: [Element]?
        let start: Int?
        let limit: Int?
        let size: Int?
        let _links: Links?
    }

    struct Space: Decodable {
        struct Homepage: Decodable { let id: LenientString? }
        let id: LenientString?
        let key: String
        let name: String?
        let type: String?
        let status: String?
        let description: PlainDescription?
        let homepage: Homepage?

        var model: ConfluenceKit.Space {
            ConfluenceKit.Space(
                id: id?.value, key: key, name: name ?? key,
                type: type.map(SpaceType.init(rawValue:)), status: status.map(ContentStatus.init(rawValue:)),
                homepageId: homepage?.id?.value, description: description?.plain?.value
            )
        }

        var reference: SpaceReference { SpaceReference(id: id?.value, key: key, name: name) }
    }

    struct Person: Decodable {
        let type: String?
        let accountId: String?
        let userKey: String?
        let username: String?
        let displayName: String?
        let publicName: String?
        let email: String?

        var model: User {
            User(accountId: accountId, userKey: userKey, username: username, displayName: displayName ?? publicName, email: email, type: type)
        }

        var identifier: String? { accountId ?? userKey ?? username }
    }

    struct Version: Decodable {
        let number: Int?
        let when: String?
        let message: String?
        let by: Person?

        var model: ConfluenceKit.Version? {
            number.map { ConfluenceKit.Version(number: $0, createdAt: LenientDate.parse(when), message: message, authorId: by?.identifier) }
        }
    }

    struct Label: Decodable {
        let id: LenientString?
        let name: String?
        let label: String?
        let prefix: String?

        var model: ConfluenceKit.Label? {
            (name ?? label).map { ConfluenceKit.Label(id: id?.value, name: $0, prefix: prefix) }
        }
    }

    struct Metadata: Decodable {
        struct Labels: Decodable { let results: [Label]? }
        let labels: Labels?
        let mediaType: String?
        let comment: String?
    }

    struct Extensions: Decodable {
        let mediaType: String?
        let fileSize: Int?
        let comment: String?
        let position: Int?
    }

    struct Content: Decodable {
        let id: LenientString
        let type: String?
        let status: String?
        let title: String?
        let space: Space?
        let version: Version?
        let body: StorageBody?
        let ancestors: [Content]?
        let metadata: Metadata?
        let extensions: Extensions?
        let position: Int?
        let _links: Links?

        var kind: ContentKind { ContentKind(rawValue: type ?? "page") }

        var reference: ContentReference { ContentReference(id: id.value, kind: kind, title: title) }

        func item(parentId: String?) -> ContentItem {
            ContentItem(id: id.value, kind: kind, title: title ?? "", status: status.map(ContentStatus.init(rawValue:)),
                        spaceId: space?.id?.value, parentId: parentId, position: position ?? extensions?.position)
        }

        var page: Page {
            let ancestors = ancestors?.map(\.reference)
            return Page(
                id: id.value, kind: kind, title: title ?? "", status: status.map(ContentStatus.init(rawValue:)),
                space: space?.reference, parentId: ancestors?.last?.id, parentKind: ancestors?.last?.kind,
                position: position ?? extensions?.position, version: version?.model, storageBody: body?.storage?.value,
                labels: metadata?.labels?.results?.compactMap(\.model) ?? [], ancestors: ancestors, webPath: _links?.webui
            )
        }

        var attachment: Attachment {
            Attachment(id: id.value, title: title ?? "", mediaType: extensions?.mediaType ?? metadata?.mediaType,
                       fileSize: extensions?.fileSize, comment: extensions?.comment ?? metadata?.comment,
                       downloadPath: _links?.download, version: version?.number)
        }
    }

    struct SearchResponse: Decodable {
        let results: [SearchHit]?
        let start: Int?
        let limit: Int?
        let size: Int?
        let totalSize: Int?
        let cqlQuery: String?
        let _links: Links?
    }

    /// A search response read only for its total (`limit=0`); the total is required.
    struct Count: Decodable {
        let totalSize: Int
    }

    struct SearchHit: Decodable {
        struct Container: Decodable {
            let title: String?
            let displayUrl: String?
        }

        struct Crumb: Decodable {
            let label: String?
            let url: String?
        }

        let content: Content?
        let entity: Content?
        let space: Space?
        let title: String?
        let excerpt: String?
        let url: String?
        let resultGlobalContainer: Container?
        let breadcrumbs: [Crumb]?
        let lastModified: String?
        let entityType: String?

        private enum CodingKeys: String, CodingKey {
            case content, entity, space, title, excerpt, url, resultGlobalContainer, breadcrumbs, lastModified, entityType
        }

        /// Reads a hit leniently: an `entity` or `content` that is not content (a user, a space) is dropped, not fatal.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            content = try? container.decodeIfPresent(Content.self, forKey: .content)
            entity = try? container.decodeIfPresent(Content.self, forKey: .entity)
            space = try? container.decodeIfPresent(Space.self, forKey: .space)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            excerpt = try container.decodeIfPresent(String.self, forKey: .excerpt)
            url = try container.decodeIfPresent(String.self, forKey: .url)
            resultGlobalContainer = try container.decodeIfPresent(Container.self, forKey: .resultGlobalContainer)
            breadcrumbs = try container.decodeIfPresent([Crumb].self, forKey: .breadcrumbs)
            lastModified = try container.decodeIfPresent(String.self, forKey: .lastModified)
            entityType = try container.decodeIfPresent(String.self, forKey: .entityType)
        }

        var model: SearchResult {
            let hit = content ?? entity
            return SearchResult(
                content: hit?.reference,
                space: hit?.space?.reference ?? space?.reference,
                title: title ?? hit?.title ?? "",
                excerpt: excerpt, url: url,
                container: resultGlobalContainer?.title,
                breadcrumbs: breadcrumbs?.compactMap { crumb in crumb.label.map { SearchResult.Breadcrumb(label: $0, url: crumb.url) } } ?? [],
                lastModified: LenientDate.parse(lastModified),
                entityType: entityType
            )
        }
    }
}
