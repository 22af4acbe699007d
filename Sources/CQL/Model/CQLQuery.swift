/// A parsed CQL query: an optional filter and ORDER BY keys.
public struct CQLQuery: Hashable, Sendable {
    /// The condition; `nil` for a query that is empty or only `ORDER BY ...`.
    public var filter: CQLExpression?
    /// The sort keys, in priority order.
    public var orderBy: [CQLSortKey]

    /// Creates a query from a filter and optional sort keys.
    public init(filter: CQLExpression?, orderBy: [CQLSortKey] = []) {
        self.filter = filter
        self.orderBy = orderBy
    }

    /// Parses CQL text. Throws a syntax error with a character range and a sentence.
    ///
    /// Keywords (AND, OR, NOT, IN, ORDER, BY, ASC, DESC) are case-insensitive and reserved: quote
    /// them to use them as names or values. Strings take single or double quotes; a backslash makes
    /// the next character literal. An empty query is valid and has no filter.
    /// - Note: Columns count Unicode scalars from 1. Input nested deeper than 200 levels or with
    ///   more than 1000 conditions is rejected with an error rather than risking the stack.
    public static func parse(_ source: String) throws(CQLSyntaxError) -> CQLQuery {
        try CQLParser.parse(source).query
    }
}
