import CQL
import Testing

/// Valid CQL parses into the expected trees.
struct ParserTests {
    static let a = CQLExpression.field("a", .equals, "1")
    static let b = CQLExpression.field("b", .equals, "2")
    static let c = CQLExpression.field("c", .equals, "3")

    static let cases: [(String, CQLQuery)] = [
        ("label = \"x\"", CQLQuery(filter: .label("x"))),
        ("space.key=DOC and type = page", CQLQuery(filter: .and(.field("space.key", .equals, "DOC"), .type("page")))),
        ("a = 1 OR b = 2 AND c = 3", CQLQuery(filter: .and(.or(a, b), c))),
        ("a = 1 OR (b = 2 AND c = 3)", CQLQuery(filter: .or(a, .and(b, c)))),
        ("a = 1 AnD b = 2 oR c = 3", CQLQuery(filter: .or(.and(a, b), c))),
        ("NOT a = 1", CQLQuery(filter: .not(a))),
        ("not not a = 1", CQLQuery(filter: .not(.not(a)))),
        ("a = 1 NOT b = 2", CQLQuery(filter: .and(a, .not(b)))),
        ("a = 1 AND NOT b = 2", CQLQuery(filter: .and(a, .not(b)))),
        ("NOT (a = 1 OR b = 2) AND c = 3", CQLQuery(filter: .and(.not(.or(a, b)), c))),
        ("((a = 1))", CQLQuery(filter: a)),
        ("label in (\"a\", 'b', c)", CQLQuery(filter: .field("label", in: ["a", "b", "c"]))),
        ("label NOT IN (a)", CQLQuery(filter: .field("label", in: ["a"], negated: true))),
        ("label not  in(a,b)", CQLQuery(filter: .field("label", in: ["a", "b"], negated: true))),
        ("created > now(\"-4w\")", CQLQuery(filter: .field("created", .greaterThan, .now("-4w")))),
        ("created >= startOfWeek()", CQLQuery(filter: .field("created", .greaterThanOrEqual, .function(name: "startOfWeek", arguments: [])))),
        ("creator = currentUser()", CQLQuery(filter: .field("creator", .equals, .currentUser))),
        ("id in recentlyViewedContent(10, 0)", CQLQuery(filter: .field("id", .in, .function(name: "recentlyViewedContent", arguments: [.literal("10"), .literal("0")])))),
        ("a != 1", CQLQuery(filter: .field("a", .notEquals, "1"))),
        ("text ~ x", CQLQuery(filter: .text(contains: "x"))),
        ("text !~ x", CQLQuery(filter: .field("text", .notContains, "x"))),
        ("created<2024-01-01", CQLQuery(filter: .field("created", .lessThan, "2024-01-01"))),
        ("created<=2024/01/01", CQLQuery(filter: .field("created", .lessThanOrEqual, "2024/01/01"))),
        ("title ~ \"say \\\"hi\\\" \\\\ bye\"", CQLQuery(filter: .title(contains: "say \"hi\" \\ bye"))),
        ("title ~ 'it\\'s \"fine\"'", CQLQuery(filter: .title(contains: "it's \"fine\""))),
        ("title = \"AND\"", CQLQuery(filter: .title("AND"))),
        ("\"my field\" = x", CQLQuery(filter: .field("my field", .equals, "x"))),
        ("title ~ \"日本語 ✓\" and label = café", CQLQuery(filter: .and(.title(contains: "日本語 ✓"), .label("café")))),
        (" \t\n label \r\n=\tx  ", CQLQuery(filter: .label("x"))),
        ("ORDER BY created DESC", CQLQuery(filter: nil, orderBy: [CQLSortKey(field: "created", descending: true)])),
        ("type = page order by title asc, created desc, id", CQLQuery(filter: .type("page"), orderBy: [
            CQLSortKey(field: "title"), CQLSortKey(field: "created", descending: true), CQLSortKey(field: "id"),
        ])),
        ("", CQLQuery(filter: nil)),
        ("   ", CQLQuery(filter: nil)),
    ]

    @Test("valid queries parse to the expected tree", arguments: cases)
    func parses(source: String, expected: CQLQuery) throws {
        #expect(try CQLQuery.parse(source) == expected)
    }

    @Test("a function value may nest functions and lists")
    func nestedValues() throws {
        let query = try CQLQuery.parse("x = g(h(1), (2, 3))")
        let value = CQLValue.function(name: "g", arguments: [
            .function(name: "h", arguments: [.literal("1")]),
            .list([.literal("2"), .literal("3")]),
        ])
        #expect(query == CQLQuery(filter: .field("x", .equals, value)))
    }
}
