/// Convenience values for common CQL functions.
extension CQLValue {
    /// `currentUser()`.
    public static var currentUser: CQLValue { .function(name: "currentUser", arguments: []) }

    /// `now()` or `now("-4w")`; `offset` is a signed amount and unit among y, M, w, d, h, m.
    public static func now(_ offset: String? = nil) -> CQLValue {
        .function(name: "now", arguments: offset.map { [.literal($0)] } ?? [])
    }
}
