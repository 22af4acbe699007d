import CQL
import Testing

/// The printer writes canonical text with only the parentheses the meaning needs.
struct PrinterTests {
    static let a = CQLExpression.field("a", .equals, "1")
    static let b = CQLExpression.field("b", .equals, "2")
    static let c = CQLExpression.field("c", .equals, "3")

    static let cases: [(CQLQuery, String)] = [
        (CQLQuery(filter: .and(.and(a, b), c)), "a = 1 AND b = 2 AND c = 3"),
        (CQLQuery(filter: .and(a, .and(b, c))), "a = 1 AND (b = 2 AND c = 3)"),
        (CQLQuery(filter: .and(.or(a, b), c)), "(a = 1 OR b = 2) AND c = 3"),
        (CQLQuery(filter: .or(.and(a, b), c)), "(a = 1 AND b = 2) OR c = 3"),
        (CQLQuery(filter: .or(a, .and(b, c))), "a = 1 OR (b = 2 AND c = 3)"),
        (CQLQuery(filter: .not(.and(a, b))), "NOT (a = 1 AND b = 2)"),
        (CQLQuery(filter: .and(a, .not(b))), "a = 1 AND NOT b = 2"),
        (CQLQuery(filter: .and(.not(a), b)), "NOT a = 1 AND b = 2"),
        (CQLQuery(filter: .not(.not(a))), "NOT NOT a = 1"),
        (CQLQuery(filter: .field("order", .equals, "1")), "\"order\" = 1"),
        (CQLQuery(filter: .field("space.key", .equals, "DOC")), "space.key = \"DOC\""),
        (CQLQuery(filter: .field("", .equals, "")), "\"\" = \"\""),
        (CQLQuery(filter: .field("my field", .notIn, .list([.literal("007"), .literal("-4")]))), "\"my field\" NOT IN (007, \"-4\")"),
        (CQLQuery(filter: .field("x", .equals, .function(name: "my fn", arguments: []))), "x = \"my fn\"()"),
        (CQLQuery(filter: nil, orderBy: [CQLSortKey(field: "created", descending: true), CQLSortKey(field: "title")]), "ORDER BY created DESC, title"),
        (CQLQuery(filter: a, orderBy: [CQLSortKey(field: "desc")]), "a = 1 ORDER BY \"desc\""),
        (CQLQuery(filter: nil), ""),
    ]

    @Test("trees print as canonical text", arguments: cases)
    func prints(query: CQLQuery, expected: String) throws {
        #expect(query.description == expected)
        #expect(try CQLQuery.parse(expected) == query)
    }

    @Test("parsing then printing normalises spelling")
    func normalises() throws {
        let query = try CQLQuery.parse("label in ('a',b)  and  not  Title~x  order by title asc")
        #expect(query.description == "label IN (\"a\", \"b\") AND NOT Title ~ \"x\" ORDER BY title")
    }

    @Test("values and sort keys describe themselves")
    func partDescriptions() {
        #expect(CQLValue.literal("a\"b\\").description == "\"a\\\"b\\\\\"")
        #expect(CQLValue.now("-4w").description == "now(\"-4w\")")
        #expect(CQLValue.list([.literal("1"), .currentUser]).description == "(1, currentUser())")
        #expect(CQLSortKey(field: "title", descending: true).description == "title DESC")
        #expect(CQLClause(field: "type", op: .in, value: .list([])).description == "type IN ()")
    }
}
