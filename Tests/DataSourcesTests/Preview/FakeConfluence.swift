import ConfluenceKit
import Foundation
import Synchronization

/// A small Confluence behind an `InMemoryTransport`: the endpoints an ingestion preview uses, in both site kinds,
/// with paging (v2 cursors, v1 `start`), silent caps, archived spaces and pages, and a request log.
final class FakeConfluence: Sendable {
    struct Page: Sendable {
        var id: String
        var title: String
        var space: String
        var status = "current"
        var labels: [String] = []
        var body: String?
        var ancestors: [(id: String, title: String)] = []
    }

    let kind: Site.Kind
    let pages: [Page]
    let archivedSpaces: Set<String>
    /// Items per v2 page and the v1 cap, small so that paging shows.
    let v2PageSize: Int
    let v1Cap: Int
    /// The CQL queries the fake understands, each as a predicate.
    let queries: [String: @Sendable (Page) -> Bool]
    /// Added to every search's `totalSize`, to model a count that disagrees with the listing.
    let totalSizeOffset: Int
    /// Answers a request before the fake does (faults); nil lets the fake answer.
    let override: @Sendable (HTTPRequest) async throws -> HTTPResponse?

    init(kind: Site.Kind, pages: [Page], archivedSpaces: Set<String> = [], v2PageSize: Int = 3, v1Cap: Int = 2,
         queries: [String: @Sendable (Page) -> Bool] = [:], totalSizeOffset: Int = 0,
         override: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse? = { _ in nil }) {
        self.kind = kind
        self.pages = pages
        self.archivedSpaces = archivedSpaces
        self.v2PageSize = v2PageSize
        self.v1Cap = v1Cap
        var known = queries
        for space in Set(pages.map(\.space)) { known[#"type="page" AND space="\#(space)""#] = { $0.space == space } }
        for label in Set(pages.flatMap(\.labels)) { known[#"type="page" AND label="\#(label)""#] = { $0.labels.contains(label) } }
        self.queries = known.merging(queries) { _, given in given }
        self.totalSizeOffset = totalSizeOffset
        self.override = override
    }

    var site: Site {
        kind == .cloud ? try! Site.detect("https://acme.atlassian.net") : try! Site.detect("https://dc.example.com", kind: .dataCenter)
    }

    var prefix: String { kind == .cloud ? "/wiki" : "" }

    /// A client over this fake, with the in-flight limit and clock given.
    func client(maxConcurrentRequests: Int = 8, clock: any ClientClock = VirtualClock(), retry: RetryPolicy = RetryPolicy()) -> (ConfluenceClient, InMemoryTransport) {
        let transport = InMemoryTransport { [self] request in
            if let answer = try await override(request) { return answer }
            return answer(request)
        }
        let credential: Credential = kind == .cloud ? .apiToken(email: "me@example.com", token: "t") : .personalAccessToken("p")
        let configuration = ClientConfiguration(retry: retry, maxConcurrentRequests: maxConcurrentRequests, clock: clock, jitterSeed: 1)
        return (ConfluenceClient(site: site, credential: credential, transport: transport, configuration: configuration), transport)
    }

    // MARK: - Answers

    func answer(_ request: HTTPRequest) -> HTTPResponse {
        let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)!
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let path = components.path
        if kind == .cloud, path == "/wiki/api/v2/spaces", let key = query["keys"] {
            return json(["results": [["id": "S-" + key, "key": key, "name": key, "status": archivedSpaces.contains(key) ? "archived" : "current"]]])
        }
        if kind == .dataCenter, path.hasPrefix(prefix + "/rest/api/space/") {
            let key = String(path.dropFirst((prefix + "/rest/api/space/").count))
            return json(["id": 1, "key": key, "name": key, "type": "global", "status": archivedSpaces.contains(key) ? "archived" : "current"])
        }
        if kind == .cloud, path.hasPrefix("/wiki/api/v2/spaces/S-"), path.hasSuffix("/pages") {
            let key = String(path.dropFirst("/wiki/api/v2/spaces/S-".count).dropLast("/pages".count))
            let selected = pages.filter { $0.space == key && $0.status == (query["status"] ?? "current") }
            let offset = Int(query["cursor"] ?? "0") ?? 0
            let window = Array(selected.dropFirst(offset).prefix(v2PageSize))
            var links: [String: Any] = [:]
            if offset + window.count < selected.count {
                links["next"] = "/wiki/api/v2/spaces/S-\(key)/pages?body-format=storage&status=current&limit=250&cursor=\(offset + window.count)"
            }
            return json(["results": window.map { v2($0, body: query["body-format"] == "storage") }, "_links": links])
        }
        if path == prefix + "/rest/api/search", let cql = query["cql"] {
            guard let matches = search(cql, archived: query["includeArchivedSpaces"] == "true") else { return badCQL(cql) }
            return json(["results": [], "totalSize": max(0, matches.count + totalSizeOffset), "size": 0])
        }
        if path == prefix + "/rest/api/content/search", let cql = query["cql"] {
            guard let matches = search(cql, archived: query["includeArchivedSpaces"] == "true") else { return badCQL(cql) }
            return v1List(matches, query: query, path: "/rest/api/content/search")
        }
        if path == prefix + "/rest/api/content", let key = query["spaceKey"] {
            return v1List(pages.filter { $0.space == key && $0.status == (query["status"] ?? "current") }, query: query, path: "/rest/api/content")
        }
        if path.hasPrefix(prefix + "/rest/api/content/") {
            let id = String(path.dropFirst((prefix + "/rest/api/content/").count))
            guard let page = pages.first(where: { $0.id == id }) else {
                return HTTPResponse(status: 404, text: #"{"statusCode":404,"message":"No content found with id: \#(id)"}"#)
            }
            return json(v1(page, expand: query["expand"] ?? ""))
        }
        return HTTPResponse(status: 404, text: #"{"message":"the fake has no route for \#(request.target)"}"#)
    }

    private func search(_ cql: String, archived: Bool) -> [Page]? {
        guard let predicate = queries[cql] ?? Self.idMembership(cql) else { return nil }
        return pages.filter { $0.status == "current" && (archived || !archivedSpaces.contains($0.space)) && predicate($0) }
    }

    /// `id in (1,2)`, the preview's existence check, as a predicate.
    private static func idMembership(_ cql: String) -> (@Sendable (Page) -> Bool)? {
        guard cql.hasPrefix("id in ("), cql.hasSuffix(")") else { return nil }
        let ids = Set(cql.dropFirst("id in (".count).dropLast().split(separator: ",").map(String.init))
        return { ids.contains($0.id) }
    }

    private func badCQL(_ cql: String) -> HTTPResponse {
        HTTPResponse(status: 400, text: #"{"statusCode":400,"message":"Could not parse cql : \#(cql)"}"#)
    }

    private func v1List(_ selected: [Page], query: [String: String], path: String) -> HTTPResponse {
        let start = Int(query["start"] ?? "0") ?? 0
        let limit = min(Int(query["limit"] ?? "25") ?? 25, v1Cap)
        let window = Array(selected.dropFirst(start).prefix(limit))
        var links: [String: Any] = ["base": "https://host" + prefix]
        if start + window.count < selected.count {
            var next = URLComponents()
            next.queryItems = query.filter { $0.key != "start" && $0.key != "limit" }.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
                + [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "start", value: String(start + window.count))]
            links["next"] = path + "?" + next.percentEncodedQuery!
        }
        let expand = query["expand"] ?? ""
        return json(["results": window.map { v1($0, expand: expand) }, "start": start, "limit": limit, "size": window.count, "_links": links])
    }

    private func v1(_ page: Page, expand: String) -> [String: Any] {
        let parts = Set(expand.split(separator: ",").map(String.init))
        var object: [String: Any] = ["id": page.id, "type": "page", "status": page.status, "title": page.title,
                                     "_links": ["webui": "/pages/\(page.id)"]]
        if parts.contains("space") { object["space"] = ["id": 1, "key": page.space, "name": page.space] }
        if parts.contains("ancestors") { object["ancestors"] = page.ancestors.map { ["id": $0.id, "type": "page", "title": $0.title] } }
        if parts.contains("version") { object["version"] = ["number": 1] }
        if parts.contains("body.storage") { object["body"] = page.body.map { ["storage": ["value": $0, "representation": "storage"]] } ?? [:] }
        return object
    }

    private func v2(_ page: Page, body: Bool) -> [String: Any] {
        var object: [String: Any] = ["id": page.id, "status": page.status, "title": page.title, "spaceId": "S-" + page.space]
        if body { object["body"] = page.body.map { ["storage": ["value": $0, "representation": "storage"]] } ?? [:] }
        return object
    }

    private func json(_ object: [String: Any]) -> HTTPResponse {
        HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: try! JSONSerialization.data(withJSONObject: object))
    }
}

/// Counts concurrent entries, for in-flight limit assertions.
actor Gauge {
    private(set) var current = 0
    private(set) var peak = 0

    func enter() {
        current += 1
        peak = max(peak, current)
    }

    func leave() {
        current -= 1
    }
}
