/// A boolean expression tree. CQL evaluates AND/OR left to right without precedence
/// unless parenthesised, so these are binary, left-associative nodes.
public indirect enum CQLExpression: Hashable, Sendable {
    /// A single condition such as `label = "x"`.
    case clause(CQLClause)
    /// Both sides must hold.
    case and(CQLExpression, CQLExpression)
    /// Either side must hold.
    case or(CQLExpression, CQLExpression)
    /// The operand must not hold. `NOT x`; binary `a NOT b` parses as `.and(a, .not(b))`.
    case not(CQLExpression)
}
