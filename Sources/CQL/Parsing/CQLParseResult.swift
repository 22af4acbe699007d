/// What the parser produces: the query plus the source positions the validator needs.
struct CQLParseResult: Hashable, Sendable {
    /// The query tree.
    var query: CQLQuery
    /// Every clause, in source order.
    var clauses: [CQLLocatedClause]
    /// Every ORDER BY key, in source order.
    var sortKeys: [CQLLocatedSortKey]
}
