import Foundation

extension ConfluenceClient {
    /// The top-level pages of a space (Cloud v2 `spaces/{id}/pages?depth=root`; v1 `space/{key}/content/page?depth=root`).
    public func rootPages(spaceKey: String) -> PagedSequence<ContentItem> {
        switch site.kind {
        case .cloud:
            let pageSize = v2PageSize
            return pagedV2(V2.Page.self, first: { [self] () throws(ConfluenceError) in
                let id = try await spaceID(forKey: spaceKey)
                return v2("/spaces/" + segment(id) + "/pages", ["depth": "root", "status": "current", "limit": String(pageSize)])
            }, map: \.item)
        case .dataCenter:
            let url = v1("/space/" + segment(spaceKey) + "/content/page", ["depth": "root", "limit": String(pageSize)])
            return pagedV1(V1.Content.self, first: { url }) { $0.item(parentId: nil) }
        }
    }

    /// The direct children of a content item: on Cloud pages, folders, whiteboards, databases and embeds
    /// (`direct-children`); on Data Center child pages (`child/page`).
    public func children(of id: String, kind: ContentKind = .page) -> PagedSequence<ContentItem> {
        switch site.kind {
        case .cloud:
            let url = v2(Self.v2Collection(for: kind) + "/" + segment(id) + "/direct-children", ["limit": String(v2PageSize)])
            return pagedV2(V2.Child.self, first: { url }) { $0.model(parentId: id) }
        case .dataCenter:
            let url = v1("/content/" + segment(id) + "/child/page", ["limit": String(pageSize)])
            return pagedV1(V1.Content.self, first: { url }) { $0.item(parentId: id) }
        }
    }

    /// A page with its storage body, version, space and labels.
    public func page(id: String) async throws(ConfluenceError) -> Page {
        switch site.kind {
        case .cloud:
            let url = v2("/pages/" + segment(id), ["body-format": "storage", "include-labels": "true"])
            let wire = try await executor.get(V2.Page.self, url).value
            var space: Space?
            if let spaceId = wire.spaceId?.value { space = try await self.space(id: spaceId) }
            var page = wire.model(space: space)
            if wire.labels?.meta?.hasMore == true {
                page.labels = try await labels(of: id).collect()
            }
            return page
        case .dataCenter:
            let url = v1("/content/" + segment(id), ["expand": "body.storage,version,space,ancestors,metadata.labels"])
            return try await executor.get(V1.Content.self, url).value.page
        }
    }

    /// The ancestors of a content item, from the root down.
    ///
    /// - Note: Cloud v2 ancestors carry id and kind but no title; `titled(_:)` looks them up.
    public func ancestors(of id: String, kind: ContentKind = .page) -> PagedSequence<ContentReference> {
        switch site.kind {
        case .cloud:
            return single { [self] () throws(ConfluenceError) in try await cloudAncestors(of: id, kind: kind) }
        case .dataCenter:
            let url = v1("/content/" + segment(id), ["expand": "ancestors"])
            return single { [self] () throws(ConfluenceError) in
                let content = try await executor.get(V1.Content.self, url).value
                return ((content.ancestors ?? []).map(\.reference), url)
            }
        }
    }

    /// `references` with the titles of those that lack one (Cloud v2 ancestors): the pages' from `pages?id=`
    /// (250 ids a request), each other item's (a folder, whiteboard, ...) from its own collection. An item the
    /// user may not read keeps a nil title, and so does one whose request failed: the first such failure is
    /// returned beside the titles the other requests found.
    public func titled(_ references: [ContentReference]) async -> (references: [ContentReference], failure: ConfluenceError?) {
        var titles: [String: String] = [:]
        var failure: ConfluenceError?
        let untitled = references.filter { $0.title == nil }
        let pageIDs = untitled.filter { $0.kind == .page }.map(\.id)
        for start in stride(from: 0, to: pageIDs.count, by: 250) {
            let batch = pageIDs[start..<min(start + 250, pageIDs.count)]
            let url = v2("/pages", ["id": batch.joined(separator: ","), "status": "current,archived", "limit": "250"])
            do {
                for page in try await executor.get(V2.List<V2.Page>.self, url).value.results ?? [] {
                    titles[page.id.value] = page.title
                }
            } catch {
                failure = failure ?? error
            }
        }
        for item in untitled where item.kind != .page {
            let url = v2(Self.v2Collection(for: item.kind) + "/" + segment(item.id))
            do {
                titles[item.id] = try await executor.get(V2.Child.self, url).value.title
            } catch where error.kind != .notFound && error.kind != .forbidden {
                failure = failure ?? error
            } catch {
                continue
            }
        }
        return (references.map { ContentReference(id: $0.id, kind: $0.kind, title: $0.title ?? titles[$0.id]) }, failure)
    }

    /// The labels of a page.
    public func labels(of pageId: String) -> PagedSequence<Label> {
        switch site.kind {
        case .cloud:
            let url = v2("/pages/" + segment(pageId) + "/labels", ["limit": String(v2PageSize)])
            return pagedV2(V2.Label.self, first: { url }, map: \.model)
        case .dataCenter:
            let url = v1("/content/" + segment(pageId) + "/label", ["limit": String(pageSize)])
            return pagedV1(V1.Label.self, first: { url }, map: \.model)
        }
    }

    /// The attachments of a page.
    public func attachments(of pageId: String) -> PagedSequence<Attachment> {
        switch site.kind {
        case .cloud:
            let url = v2("/pages/" + segment(pageId) + "/attachments", ["limit": String(v2PageSize)])
            return pagedV2(V2.Attachment.self, first: { url }, map: \.model)
        case .dataCenter:
            let url = v1("/content/" + segment(pageId) + "/child/attachment", ["limit": String(pageSize)])
            return pagedV1(V1.Content.self, first: { url }, map: \.attachment)
        }
    }

    /// The v2 collection path of a content kind (`/pages`, `/folders`, ...).
    static func v2Collection(for kind: ContentKind) -> String {
        switch kind {
        case .folder: "/folders"
        case .whiteboard: "/whiteboards"
        case .database: "/databases"
        case .embed: "/embeds"
        default: "/pages"
        }
    }

    /// Cloud v2 ancestors, top-down. A full page (250) means more may sit above the topmost one, so the
    /// client asks again from that one and prepends, as the API documents.
    private func cloudAncestors(of id: String, kind: ContentKind) async throws(ConfluenceError) -> (elements: [ContentReference], url: URL) {
        let limit = 250
        let firstURL = v2(Self.v2Collection(for: kind) + "/" + segment(id) + "/ancestors", ["limit": String(limit)])
        var url = firstURL
        var chain: [ContentReference] = []
        var seen: Set<String> = [id]
        while true {
            let batch = (try await executor.get(V2.List<V2.Ancestor>.self, url).value.results ?? []).map(\.model)
            let fresh = batch.filter { !seen.contains($0.id) }
            chain = fresh + chain
            fresh.forEach { seen.insert($0.id) }
            guard batch.count >= limit, fresh.count == batch.count, let top = fresh.first else { break }
            url = v2(Self.v2Collection(for: top.kind) + "/" + segment(top.id) + "/ancestors", ["limit": String(limit)])
        }
        return (chain, firstURL)
    }
}
