/// A routed, authenticated request as handlers see it.
struct APIRequest: Sendable {
    /// Path relative to the context path, e.g. `/wiki/api/v2/pages/1` or `/rest/api/space`.
    let path: String
    /// Values of `{name}` path segments.
    let parameters: [String: String]
    /// Decoded query.
    let query: QueryParameters
    /// The caller.
    let user: EmulatorUser
    /// `http://127.0.0.1:PORT` as the client addressed it.
    let origin: String
    /// Whether the repeating-cursor fault hit this request.
    let repeatCursor: Bool

    /// A path parameter (routes guarantee their parameters exist).
    func parameter(_ name: String) -> String {
        parameters[name] ?? ""
    }
}
