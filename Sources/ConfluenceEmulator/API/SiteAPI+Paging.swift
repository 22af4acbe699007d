/// Paging in the three styles: v2 cursors with `Link`, v1/DC `start`+`limit`, and search/scan cursors.
extension SiteAPI {
    /// An opaque cursor for an offset.
    static func cursor(offset: Int) -> String {
        let bytes = Array("o:\(offset)".utf8)
        return base64URL(bytes)
    }

    /// The offset in a cursor; 400 for a cursor this server did not make.
    static func offset(cursor: String?) throws(APIError) -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        guard let bytes = decodeBase64URL(cursor), let text = String(validating: bytes, as: UTF8.self),
              text.hasPrefix("o:"), let value = Int(text.dropFirst(2)), value >= 0, value <= QueryParameters.largestInteger
        else { throw .badRequest("The cursor \"\(cursor)\" is not valid") }
        return value
    }

    /// The requested page size: default when absent, clamped to 1...`cap` (servers cap silently).
    func limit(_ request: APIRequest, default fallback: Int, cap: Int) throws(APIError) -> Int {
        guard let value = try request.query.integer("limit") else { return min(fallback, cap) }
        return min(max(value, 1), cap)
    }

    /// A v2 page of `count` items with `_links.next` and a `Link` header when more follow.
    func v2Page(count: Int, _ request: APIRequest, defaultLimit: Int = 25,
                render: (Int) -> JSONValue) throws(APIError) -> APIResponse {
        let offset = try Self.offset(cursor: request.query["cursor"])
        let size = try limit(request, default: defaultLimit, cap: 250)
        let end = min(count, offset + size)
        let results = offset < end ? (offset..<end).map(render) : []
        var links: [(String, JSONValue)] = []
        var headers: [(String, String)] = []
        let base = self.base(request)
        if end < count {
            let cursor = request.repeatCursor ? (request.query["cursor"] ?? Self.cursor(offset: 0)) : Self.cursor(offset: end)
            let next = request.path + "?" + request.query.replacing(["cursor"], with: [("cursor", cursor)]).encoded
            links.append(("next", .string(next)))
            headers.append(("Link", "<\(next)>; rel=\"next\", <\(base)>; rel=\"base\""))
        }
        links.append(("base", .string(base)))
        return .json(.object([("results", .array(results)), ("_links", .object(links))]), headers: headers)
    }

    /// A v1/DC `start`+`limit` page of `count` items.
    func restPage(count: Int, _ request: APIRequest, defaultLimit: Int = 25, cap: Int,
                  render: (Int) -> JSONValue) throws(APIError) -> JSONValue {
        let start = try request.query.integer("start") ?? 0
        let size = try limit(request, default: defaultLimit, cap: cap)
        let end = min(count, start + size)
        let results = start < end ? (start..<end).map(render) : []
        var links = restLinks(request)
        if end < count {
            let nextStart = request.repeatCursor ? start : end
            links.append(("next", .string(relativePath(request, replacing: ["start", "limit"],
                                                       with: [("limit", String(size)), ("start", String(nextStart))]))))
        }
        if start > 0 {
            links.append(("prev", .string(relativePath(request, replacing: ["start", "limit"],
                                                       with: [("limit", String(size)), ("start", String(max(0, start - size)))]))))
        }
        return .object([("results", .array(results)), ("start", .int(start)), ("limit", .int(size)),
                        ("size", .int(results.count)), ("_links", .object(links))])
    }

    /// `_links` of a v1/DC list: base, context and self.
    func restLinks(_ request: APIRequest) -> [(String, JSONValue)] {
        let query = request.query.encoded
        return [("base", .string(base(request))), ("context", .string(sitePrefix)),
                ("self", .string(base(request) + restPath(request) + (query.isEmpty ? "" : "?" + query)))]
    }

    /// The request path relative to the site base (`/rest/api/...`).
    func restPath(_ request: APIRequest) -> String {
        flavor == .cloud && request.path.hasPrefix("/wiki") ? String(request.path.dropFirst(5)) : request.path
    }

    /// A next/prev link relative to the site base, with some parameters replaced.
    func relativePath(_ request: APIRequest, replacing names: Set<String>, with extra: [(String, String)]) -> String {
        restPath(request) + "?" + request.query.replacing(names, with: extra).encoded
    }

    /// The v1/DC page-size cap for a request's expansions (the documented silent caps).
    func restCap(_ expand: ExpandSet, search: Bool) -> Int {
        let bodies = expand.bodyRepresentations
        switch flavor {
        case .dataCenter:
            if !bodies.isEmpty { return 50 }
            if !expand.isEmpty { return 200 }
            return search ? 1000 : 500
        case .cloud:
            if bodies.contains("export_view") || bodies.contains("styled_view") { return 25 }
            if !bodies.isEmpty { return 100 }
            return 250
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func base64URL(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = (UInt32(chunk[0]) << 16) | (UInt32(chunk.count > 1 ? chunk[1] : 0) << 8) | UInt32(chunk.count > 2 ? chunk[2] : 0)
            for position in 0..<(chunk.count + 1) {
                out.append(alphabet[Int((value >> (18 - 6 * UInt32(position))) & 63)])
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeBase64URL(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 {
            guard let value = alphabet.firstIndex(of: byte) else { return nil }
            values.append(UInt8(value))
        }
        var out: [UInt8] = []
        var index = 0
        while index < values.count {
            let chunk = Array(values[index..<min(index + 4, values.count)])
            guard chunk.count > 1 else { return nil }
            var value: UInt32 = 0
            for (position, sextet) in chunk.enumerated() { value |= UInt32(sextet) << (18 - 6 * UInt32(position)) }
            for position in 0..<(chunk.count - 1) { out.append(UInt8((value >> (16 - 8 * UInt32(position))) & 0xFF)) }
            index += 4
        }
        return out
    }
}
