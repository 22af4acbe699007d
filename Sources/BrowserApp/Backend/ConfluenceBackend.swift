public import ConfluenceKit
import CQL
public import DataSources
import Foundation
public import StorageFormat

/// The browser backend for a real (or emulated) site, through `ConfluenceClient`.
public struct ConfluenceBackend: BrowserBackend {
    private let client: ConfluenceClient
    private let users: UserNameDirectory
    private let titles = ContentTitles()
    /// The site's address, shown as the account name.
    public let displayName: String
    /// What to fix when the site refuses the credential (the account check's sentence); nil keeps the error's own.
    private let diagnose: (@Sendable (ConfluenceError) async -> String?)?

    /// Wraps a client; `displayName` defaults to the site address; `diagnose` explains a refused credential.
    public init(client: ConfluenceClient, displayName: String? = nil, diagnose: (@Sendable (ConfluenceError) async -> String?)? = nil) {
        self.client = client
        self.users = UserNameDirectory(client: client)
        self.displayName = displayName ?? client.site.description
        self.diagnose = diagnose
    }

    /// All spaces, sorted by name, then key.
    public func spaces() async throws(BackendError) -> [SpaceSummary] {
        let spaces = try await run { try await client.spaces().collect() }
        return spaces.sortedByName().map { space in
            SpaceSummary(key: space.key, name: space.name, type: space.type?.rawValue, status: space.status?.rawValue,
                         homepageID: space.homepageId)
        }
    }

    /// The space's root pages.
    public func rootItems(spaceKey: String) async throws(BackendError) -> [TreeItem] {
        let items = try await run { try await client.rootPages(spaceKey: spaceKey).collect() }
        titles.remember(items.map { ($0.id, $0.title) })
        return items.map(Self.treeItem)
    }

    /// The item's direct children (pages and, on Cloud, folders and other content).
    public func children(of id: String, kind: ItemKind) async throws(BackendError) -> [TreeItem] {
        let contentKind = ContentKind(rawValue: kind == .other ? ItemKind.page.rawValue : kind.rawValue)
        let items = try await run { try await client.children(of: id, kind: contentKind).collect() }
        titles.remember(items.map { ($0.id, $0.title) })
        return items.map(Self.treeItem)
    }

    /// The page with body, labels and version; on Cloud, whose page answer carries no ancestors, they are
    /// fetched in parallel (Data Center's answer has them, so it costs one request).
    public func page(id: String) async throws(BackendError) -> PageDetail {
        let client = self.client
        let page: Page
        let ancestors: [ContentReference]
        if client.site.kind == .cloud {
            async let fetchedAncestors = run { try await client.ancestors(of: id).collect() }
            page = try await run { try await client.page(id: id) }
            let fetched = (try? await fetchedAncestors) ?? []
            ancestors = await titled(page.ancestors ?? fetched)
        } else {
            page = try await run { try await client.page(id: id) }
            ancestors = page.ancestors ?? []
        }
        var author = page.version?.authorId
        if let id = author {
            let reference = client.site.kind == .cloud ? UserRef(accountId: id) : UserRef(userKey: id)
            author = await userNames(for: [reference])[reference] ?? id
        }
        return PageDetail(
            id: page.id,
            title: page.title,
            spaceKey: page.space?.key,
            ancestors: ancestors.map { PageReference(id: $0.id, title: $0.title) },
            labels: page.labels.map(\.name),
            author: author,
            lastModified: page.version?.createdAt,
            version: page.version?.number,
            webURL: webURL(id: page.id, path: page.webPath),
            storageBody: page.storageBody ?? ""
        )
    }

    /// `ancestors` with their titles: Cloud v2 names them by id only, so those not seen in a listing yet are
    /// looked up (`ConfluenceClient.titled`); those a lookup failed for show their ids.
    private func titled(_ ancestors: [ContentReference]) async -> [ContentReference] {
        let known = titles.known(ancestors.filter { $0.title == nil }.map(\.id))
        let withKnown = ancestors.map { ContentReference(id: $0.id, kind: $0.kind, title: $0.title ?? known[$0.id]) }
        let found = await client.titled(withKnown).references
        titles.remember(found.compactMap { reference in reference.title.map { (reference.id, $0) } })
        return found
    }

    /// Display names from the site's user directory, each user asked for once per backend.
    public func userNames(for references: Set<UserRef>) async -> [UserRef: String] {
        await users.names(of: references, on: client.site.kind)
    }

    /// Why some users asked for have no name, if a lookup failed.
    public func userLookupFailure() async -> ConfluenceError? {
        await users.lastFailure
    }

    /// The ingestion preview of `selector` through this backend's client (and its in-flight limit).
    public func ingestPreview(of selector: ConfluenceDataSource.Selector) -> IngestPreview? {
        IngestPreview(client: client, selector: selector)
    }

    /// The preview engine's count of `selector` (the reader's selection: a space's listing, each listed id).
    public func count(of selector: ConfluenceDataSource.Selector) async throws(BackendError) -> Int {
        try await run {
            do throws(IngestPreviewError) {
                return try await IngestPreview(client: client, selector: selector).count()
            } catch {
                throw error.confluenceError ?? error  // a Confluence failure reads as every other call's does
            }
        }
    }

    /// Labels of the first `scanLimit` pages of the space (or site), from one content search with labels expanded.
    public func labelCounts(spaceKey: String?, scanLimit: Int) async throws(BackendError) -> LabelCounts {
        let query = spaceKey.map { CQLExpression.type("page") && .space($0) } ?? .type("page")
        let cql = query.description
        let pages = try await run { try await client.searchWithLabels(cql: cql).collect(limit: scanLimit + 1) }
        return LabelCounts(labelsPerPage: pages.map { $0.labels.map(\.name) }, limit: scanLimit)
    }

    /// Every page below `id`, from the CQL search `ancestor = id AND type = page`.
    public func descendantIDs(of id: String, found: @escaping @Sendable (Int) -> Void) async throws(BackendError) -> [String] {
        let cql = (CQLExpression.ancestor(id) && .type("page")).description
        return try await run {
            var ids: [String] = []
            for try await hit in client.search(cql: cql) {
                guard let id = hit.content?.id else { continue }
                ids.append(id)
                if ids.count % Self.progressStep == 0 { found(ids.count) }
            }
            return ids
        }
    }

    /// How many descendants arrive between two reports of how many there are so far.
    static var progressStep: Int { 100 }

    /// Request events mapped to the app's form.
    public func events() -> AsyncStream<BackendEvent> {
        let source = client.events()
        return AsyncStream { continuation in
            let task = Task {
                for await event in source {
                    continuation.yield(Self.backendEvent(event))
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The web address of a page: the server's UI path under the site, else the view-by-id address.
    private func webURL(id: String, path: String?) -> String {
        var root = client.site.root.absoluteString
        if root.hasSuffix("/") { root.removeLast() }
        let base = root + client.site.contextPath
        if let path, !path.isEmpty {
            if path.hasPrefix("http://") || path.hasPrefix("https://") { return path }
            return base + (path.hasPrefix("/") ? path : "/" + path)
        }
        return base + "/pages/viewpage.action?pageId=" + id
    }

    private static func treeItem(_ item: ContentItem) -> TreeItem {
        TreeItem(id: item.id, kind: ItemKind(typeName: item.kind.rawValue), title: item.title, isArchived: item.status == .archived)
    }

    private static func backendEvent(_ event: RequestEvent) -> BackendEvent {
        switch event.kind {
        case .started: .started(requestID: event.requestID)
        case .retryScheduled(let delay, let reason):
            .retryScheduled(requestID: event.requestID, delayMilliseconds: delay.milliseconds, reason: reason.description)
        case .finished: .finished(requestID: event.requestID)
        case .failed(let sentence): .failed(requestID: event.requestID, message: sentence)
        }
    }

    /// Runs a client call, turning its `ConfluenceError` into a `BackendError` a person reads (a refused credential
    /// explained by `diagnose`).
    private func run<T>(_ body: () async throws -> T) async throws(BackendError) -> T {
        do {
            return try await body()
        } catch let error as ConfluenceError {
            let refused = error.kind == .unauthorized || error.kind == .forbidden
            throw BackendError(error, diagnosis: refused ? await diagnose?(error) : nil)
        } catch {
            throw BackendError(error)
        }
    }
}
