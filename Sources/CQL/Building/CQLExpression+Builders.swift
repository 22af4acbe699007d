/// Safe builders for filter UIs: every value is stored as a literal, so the printer quotes and
/// escapes it; no user text is ever spliced into CQL source.
extension CQLExpression {
    /// `field op value` with `value` as a literal, e.g. `.field("space.type", .equals, "personal")`.
    public static func field(_ field: String, _ op: CQLOperator, _ value: String) -> CQLExpression {
        .clause(CQLClause(field: field, op: op, value: .literal(value)))
    }

    /// `field op value` with any value, e.g. `.field("created", .greaterThan, .now("-4w"))`.
    public static func field(_ field: String, _ op: CQLOperator, _ value: CQLValue) -> CQLExpression {
        .clause(CQLClause(field: field, op: op, value: value))
    }

    /// `field IN (v1, v2, ...)`, or `field NOT IN (...)` when `negated`.
    public static func field(_ field: String, in values: [String], negated: Bool = false) -> CQLExpression {
        .field(field, negated ? .notIn : .in, .list(values.map(CQLValue.literal)))
    }

    /// `label = "name"`.
    public static func label(_ name: String) -> CQLExpression { .field("label", .equals, name) }

    /// `label IN ("a", "b")`: content carrying any of the labels.
    public static func labels(_ names: [String]) -> CQLExpression { .field("label", in: names) }

    /// `space = "KEY"`.
    public static func space(_ key: String) -> CQLExpression { .field("space", .equals, key) }

    /// `space IN ("A", "B")`.
    public static func spaces(_ keys: [String]) -> CQLExpression { .field("space", in: keys) }

    /// `ancestor = 123`: every page below the given page, at any depth.
    public static func ancestor(_ id: String) -> CQLExpression { .field("ancestor", .equals, id) }

    /// `parent = 123`: the direct children of the given page.
    public static func parent(_ id: String) -> CQLExpression { .field("parent", .equals, id) }

    /// `id = 123`: one piece of content.
    public static func content(id: String) -> CQLExpression { .field("id", .equals, id) }

    /// `type = "page"`; see `CQLValidator` for the known types.
    public static func type(_ type: String) -> CQLExpression { .field("type", .equals, type) }

    /// `title = "exact title"`.
    public static func title(_ title: String) -> CQLExpression { .field("title", .equals, title) }

    /// `title ~ "words"`: titles containing the words.
    public static func title(contains words: String) -> CQLExpression { .field("title", .contains, words) }

    /// `text ~ "words"`: full-text search.
    public static func text(contains words: String) -> CQLExpression { .field("text", .contains, words) }

    /// `creator = "user"`: an account id (Cloud) or user name (Data Center).
    public static func creator(_ user: String) -> CQLExpression { .field("creator", .equals, user) }

    /// Joins the expressions with AND, left to right; `nil` for an empty array, the element itself for one.
    public static func and(_ expressions: [CQLExpression]) -> CQLExpression? {
        combine(expressions, with: CQLExpression.and)
    }

    /// Joins the expressions with OR, left to right; `nil` for an empty array, the element itself for one.
    public static func or(_ expressions: [CQLExpression]) -> CQLExpression? {
        combine(expressions, with: CQLExpression.or)
    }

    /// `lhs AND rhs`.
    public static func && (lhs: CQLExpression, rhs: CQLExpression) -> CQLExpression { .and(lhs, rhs) }

    /// `lhs OR rhs`.
    public static func || (lhs: CQLExpression, rhs: CQLExpression) -> CQLExpression { .or(lhs, rhs) }

    /// `NOT operand`.
    public static prefix func ! (operand: CQLExpression) -> CQLExpression { .not(operand) }

    /// Folds `expressions` left to right with `join`.
    private static func combine(
        _ expressions: [CQLExpression],
        with join: (CQLExpression, CQLExpression) -> CQLExpression
    ) -> CQLExpression? {
        guard let first = expressions.first else { return nil }
        return expressions.dropFirst().reduce(first, join)
    }
}
