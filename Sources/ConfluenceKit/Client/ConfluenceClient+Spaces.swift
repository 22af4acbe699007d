import Foundation

extension ConfluenceClient {
    /// Lists spaces: all of them, or those of `filter`'s keys, type and status.
    public func spaces(_ filter: SpaceFilter = SpaceFilter()) -> PagedSequence<Space> {
        switch site.kind {
        case .cloud:
            var query = QueryItems()
            if !filter.keys.isEmpty { query.add("keys", filter.keys.joined(separator: ",")) }
            query.add("type", filter.type?.rawValue)
            query.add("status", filter.status?.rawValue)
            // The description, as Data Center's `expand=description.plain` gives it, so both kinds list the same fields.
            query.add("description-format", "plain")
            query.add("limit", String(v2PageSize))
            let url = v2("/spaces", query)
            return pagedV2(V2.Space.self, first: { url }) { [self] wire in
                let space = wire.model
                remember(space)
                return space
            }
        case .dataCenter:
            var query = QueryItems()
            for key in filter.keys { query.add("spaceKey", key) }
            query.add("type", filter.type?.rawValue)
            query.add("status", filter.status?.rawValue)
            query.add("expand", "description.plain,homepage")
            query.add("limit", String(pageSize))
            let url = v1("/space", query)
            return pagedV1(V1.Space.self, first: { url }) { [self] wire in
                let space = wire.model
                remember(space)
                return space
            }
        }
    }

    /// The space with this key; throws a not-found error when the site has none (or hides it).
    public func space(key: String) async throws(ConfluenceError) -> Space {
        switch site.kind {
        case .cloud:
            let url = v2("/spaces", ["keys": key, "limit": "1"])
            let (list, _) = try await executor.get(V2.List<V2.Space>.self, url)
            let spaces = (list.results ?? []).map(\.model)
            guard let space = spaces.first(where: { $0.key == key }) ?? spaces.first else {
                throw ConfluenceError(.missing("no space with key \(key), or it is not permitted"), site: site.description, method: .get, target: HTTPRequest(url: url).target)
            }
            remember(space)
            return space
        case .dataCenter:
            let url = v1("/space/" + segment(key), ["expand": "description.plain,homepage"])
            let space = try await executor.get(V1.Space.self, url).value.model
            remember(space)
            return space
        }
    }

    /// The Cloud space id of a key, from the cache or one request.
    func spaceID(forKey key: String) async throws(ConfluenceError) -> String {
        if let id = cached(spaceKey: key)?.id { return id }
        let space = try await space(key: key)
        guard let id = space.id else {
            throw ConfluenceError(.decoding("the space \(key) came without an id"), site: site.description, method: .get, target: "/wiki/api/v2/spaces?keys=\(QueryItems.encode(key))")
        }
        return id
    }

    /// The space with this Cloud id, from the cache or one request.
    func space(id: String) async throws(ConfluenceError) -> Space {
        if let space = cached(spaceID: id) { return space }
        let space = try await executor.get(V2.Space.self, v2("/spaces/" + segment(id))).value.model
        remember(space)
        return space
    }
}
