/// A parsed clause together with the columns of its parts, for diagnostics.
struct CQLLocatedClause: Hashable, Sendable {
    /// The clause itself.
    var clause: CQLClause
    /// Columns of the field name.
    var fieldRange: ClosedRange<Int>
    /// Columns of the operator (`NOT IN` spans both words).
    var operatorRange: ClosedRange<Int>
    /// The located right-hand side.
    var value: CQLLocatedValue
}
