/// One `ORDER BY` key: a field and its direction.
public struct CQLSortKey: Hashable, Sendable {
    /// The field to sort by, as written.
    public var field: String
    /// `true` for `DESC`, `false` for `ASC` (the default).
    public var descending: Bool

    /// Creates a sort key; ascending unless `descending` is `true`.
    public init(field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}
