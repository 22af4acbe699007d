import Foundation

/// Answers the REST endpoints over one site in one flavour. Stateless and immutable, so requests run in parallel.
struct SiteAPI: Sendable {
    let site: Site
    let flavor: Flavor
    /// Data Center context path such as `/confluence`, or empty.
    let contextPath: String
    /// The cloudId reported by `/_edge/tenant_info`.
    let cloudId: String
    /// The clock CQL date functions use.
    let now: @Sendable () -> Timestamp
    /// Recent search results, shared by the requests of one server.
    let searchCache = SearchCache()

    /// Path prefix of the site root on the wire: `/wiki` on Cloud, the context path on Data Center.
    var sitePrefix: String { flavor == .cloud ? "/wiki" : contextPath }

    /// Absolute base URL of the site, as `_links.base` carries it.
    func base(_ request: APIRequest) -> String { request.origin + sitePrefix }

    /// The index of a listed content item the caller may see; 404 otherwise (missing and forbidden look the same).
    func visibleContent(_ id: String, _ request: APIRequest, kind: SiteContent.Kind? = nil) throws(APIError) -> Int {
        guard let index = site.contentIndexByID[id], site.contents[index].status != .draft,
              request.user.maySee(spaceKey: site.contents[index].spaceKey),
              kind == nil || site.contents[index].kind == kind
        else { throw .notFound("No content found with id: ContentId{id=\(id)}") }
        return index
    }

    /// The index of a space the caller may see, by key; 404 otherwise.
    func visibleSpace(key: String, _ request: APIRequest) throws(APIError) -> Int {
        guard let index = site.spaceIndexByKey[key] ?? site.spaceIndexByKey[key.uppercased()],
              request.user.maySee(spaceKey: site.spaces[index].key)
        else { throw .notFound("No space with key : \(key)") }
        return index
    }

    /// The index of a space the caller may see, by id; 404 otherwise.
    func visibleSpace(id: String, _ request: APIRequest) throws(APIError) -> Int {
        guard let index = site.spaceIndexByID[id], request.user.maySee(spaceKey: site.spaces[index].key)
        else { throw .notFound("No space found with id \(id)") }
        return index
    }

    /// The indexes of the spaces the caller may see.
    func visibleSpaces(_ request: APIRequest) -> [Int] {
        site.spaces.indices.filter { request.user.maySee(spaceKey: site.spaces[$0].key) }
    }

    /// A page title as it appears in web UI links.
    func slug(_ title: String) -> String {
        QueryParameters.encode(title).replacingOccurrences(of: "%20", with: "+")
    }
}
