/// A parsed value together with where it was written, for diagnostics.
struct CQLLocatedValue: Hashable, Sendable {
    /// The value itself.
    var value: CQLValue
    /// Columns of the whole value, including quotes and parentheses.
    var range: ClosedRange<Int>
    /// Columns of the function name, for `.function` values.
    var nameRange: ClosedRange<Int>?
    /// List elements or function arguments, located.
    var elements: [CQLLocatedValue] = []
}
