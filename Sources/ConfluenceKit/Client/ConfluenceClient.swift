import Foundation
import Synchronization

/// A client for one Confluence site; it picks the right API per site kind (Cloud v2 where v2 has the
/// operation, v1 for search, `/rest/api` on Data Center), so callers never choose an API version.
///
/// Every operation throws `ConfluenceError`. Lists are `PagedSequence`s that fetch lazily. All callers of
/// one client share its limit of requests in flight.
public final class ConfluenceClient: Sendable {
    /// The site this client talks to.
    public let site: Site
    let executor: RequestExecutor
    private let spaceCache = Mutex<[String: Space]>([:])

    /// Creates a client that authorises requests through `auth`.
    public init(site: Site, auth: any AuthProvider, transport: any HTTPTransport, configuration: ClientConfiguration = ClientConfiguration()) {
        self.site = site
        self.executor = RequestExecutor(site: site, auth: auth, transport: transport, configuration: configuration)
    }

    /// Creates a client with a fixed credential.
    public convenience init(site: Site, credential: Credential, transport: any HTTPTransport, configuration: ClientConfiguration = ClientConfiguration()) {
        self.init(site: site, auth: StaticAuthProvider(credential), transport: transport, configuration: configuration)
    }

    /// A new stream of request events from now on (started, retry scheduled, finished, failed); each call is a separate subscriber.
    public func events() -> AsyncStream<RequestEvent> {
        executor.subscribe()
    }

    // MARK: - Shared plumbing

    var pageSize: Int { executor.configuration.pageSize }

    /// The page size for Cloud v2, which accepts at most 250.
    var v2PageSize: Int { min(pageSize, 250) }

    /// A URL on the Cloud v2 API (`/wiki/api/v2...`).
    func v2(_ path: String, _ query: QueryItems = QueryItems()) -> URL {
        site.url("/api/v2" + path, query: query)
    }

    /// A URL on the v1 / Data Center API (`/rest/api...`).
    func v1(_ path: String, _ query: QueryItems = QueryItems()) -> URL {
        site.url("/rest/api" + path, query: query)
    }

    /// A path segment, percent-encoded.
    func segment(_ text: String) -> String {
        QueryItems.encode(text)
    }

    /// A lazily paged list: `first` gives the first URL, `elements` maps a decoded page, `nextLink` finds the raw next link.
    func paged<Body: Decodable & Sendable, Element>(
        _ body: Body.Type,
        first: @escaping @Sendable () async throws(ConfluenceError) -> URL,
        elements: @escaping @Sendable (Body) -> [Element],
        nextLink: @escaping @Sendable (Body, HTTPResponse) -> String?
    ) -> PagedSequence<Element> {
        let executor = self.executor
        return PagedSequence(
            fetch: { url throws(ConfluenceError) in
                let requestURL: URL
                if let url { requestURL = url } else { requestURL = try await first() }
                let (decoded, response) = try await executor.get(Body.self, requestURL)
                let next = nextLink(decoded, response).flatMap { executor.site.resolve(link: $0) }
                return PageOfResults(elements: elements(decoded), requestURL: requestURL, next: next)
            },
            describeLoop: { url, detail in
                ConfluenceError(.paginationLoop(detail), site: executor.site.description, method: .get, target: HTTPRequest(url: url).target)
            }
        )
    }

    /// A Cloud v2 list: the next page is in the `Link` header, else in `_links.next`.
    func pagedV2<Wire: Decodable & Sendable, Element>(_ wire: Wire.Type, first: @escaping @Sendable () async throws(ConfluenceError) -> URL, map: @escaping @Sendable (Wire) -> Element) -> PagedSequence<Element> {
        paged(V2.List<Wire>.self, first: first, elements: { ($0.results ?? []).map(map) }, nextLink: { body, response in
            LinkHeader.target(of: "next", in: response.headers.values(for: "Link")) ?? body._links?.next
        })
    }

    /// A v1 / Data Center list paged by start and limit through `_links.next`.
    func pagedV1<Wire: Decodable & Sendable, Element>(_ wire: Wire.Type, first: @escaping @Sendable () async throws(ConfluenceError) -> URL, map: @escaping @Sendable (Wire) -> Element?) -> PagedSequence<Element> {
        paged(V1.List<Wire>.self, first: first, elements: { ($0.results ?? []).compactMap(map) }, nextLink: { body, _ in body._links?.next })
    }

    /// A list that is one page (or a fixed set of requests) with no next link.
    func single<Element>(_ load: @escaping @Sendable () async throws(ConfluenceError) -> (elements: [Element], url: URL)) -> PagedSequence<Element> {
        let executor = self.executor
        return PagedSequence(
            fetch: { _ throws(ConfluenceError) in
                let (elements, url) = try await load()
                return PageOfResults(elements: elements, requestURL: url, next: nil)
            },
            describeLoop: { url, detail in
                ConfluenceError(.paginationLoop(detail), site: executor.site.description, method: .get, target: HTTPRequest(url: url).target)
            }
        )
    }

    // MARK: - Space cache (Cloud v2 addresses spaces by id)

    func cached(spaceKey key: String) -> Space? {
        spaceCache.withLock { $0["key:" + key] }
    }

    func cached(spaceID id: String) -> Space? {
        spaceCache.withLock { $0["id:" + id] }
    }

    func remember(_ space: Space) {
        spaceCache.withLock { cache in
            cache["key:" + space.key] = space
            if let id = space.id { cache["id:" + id] = space }
        }
    }
}
