/// One condition: a field, an operator and a value, e.g. `space.key = "DOC"`.
public struct CQLClause: Hashable, Sendable {
    /// The field as written, e.g. `"space.key"`, `"label"`, `"title"`.
    public var field: String
    /// The comparison operator.
    public var op: CQLOperator
    /// The right-hand side.
    public var value: CQLValue

    /// Creates a clause from its three parts.
    public init(field: String, op: CQLOperator, value: CQLValue) {
        self.field = field
        self.op = op
        self.value = value
    }
}
