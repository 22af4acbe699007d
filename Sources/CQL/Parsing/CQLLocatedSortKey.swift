/// A parsed ORDER BY key with the columns of its field name, for diagnostics.
struct CQLLocatedSortKey: Hashable, Sendable {
    /// The sort key itself.
    var key: CQLSortKey
    /// Columns of the field name.
    var fieldRange: ClosedRange<Int>
}
