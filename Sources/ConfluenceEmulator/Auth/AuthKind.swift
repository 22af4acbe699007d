/// The kind of credential a request carried, as the request log records it (never the secret).
public enum AuthKind: String, Sendable, Hashable, Codable {
    case none, basic, bearer, other

    /// The kind of an `Authorization` header value, by its scheme.
    init(header: String?) {
        guard let header, !header.isEmpty else {
            self = .none
            return
        }
        let scheme = header.prefix { $0 != " " }.lowercased()
        self = scheme == "basic" ? .basic : scheme == "bearer" ? .bearer : .other
    }
}
