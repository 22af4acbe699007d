import CQL
import Testing

/// Filter-UI builders quote and escape every value, and their output round-trips.
struct BuilderTests {
    @Test("a label with quotes and backslashes is escaped and round-trips")
    func labelEscaping() throws {
        let label = "say \"hi\" \\ or 'not'"
        let query = CQLQuery(filter: .label(label))
        #expect(query.description == #"label = "say \"hi\" \\ or 'not'""#)
        #expect(try CQLQuery.parse(query.description) == query)
        guard case .clause(let clause)? = try CQLQuery.parse(query.description).filter else {
            Issue.record("expected a clause")
            return
        }
        #expect(clause.value == .literal(label))
    }

    @Test("simple builders print the expected clause", arguments: [
        (CQLExpression.label("x"), "label = \"x\""),
        (.space("KEY"), "space = \"KEY\""),
        (.ancestor("123"), "ancestor = 123"),
        (.parent("42"), "parent = 42"),
        (.content(id: "7"), "id = 7"),
        (.type("page"), "type = \"page\""),
        (.title("Release notes"), "title = \"Release notes\""),
        (.title(contains: "AND"), "title ~ \"AND\""),
        (.text(contains: "a \"b\""), "text ~ \"a \\\"b\\\"\""),
        (.creator("557058:abc"), "creator = \"557058:abc\""),
        (.labels(["a b", "AND", ""]), "label IN (\"a b\", \"AND\", \"\")"),
        (.spaces(["A"]), "space IN (\"A\")"),
        (.space("~jsmith"), "space = \"~jsmith\""),
        (.field("label", in: ["x"], negated: true), "label NOT IN (\"x\")"),
        (.field("created", .greaterThan, .now("-4w")), "created > now(\"-4w\")"),
        (.field("creator", .equals, .currentUser), "creator = currentUser()"),
        (.ancestor("12 OR 1=1"), "ancestor = \"12 OR 1=1\""),
    ])
    func prints(expression: CQLExpression, expected: String) throws {
        #expect(expression.description == expected)
        #expect(try CQLQuery.parse(expected).filter == expression)
    }

    @Test("and/or over arrays: nil when empty, the element when single, left-folded otherwise")
    func combinators() throws {
        #expect(CQLExpression.and([]) == nil)
        #expect(CQLExpression.or([]) == nil)
        #expect(CQLExpression.and([.label("x")]) == .label("x"))
        let types = try #require(CQLExpression.or([.type("page"), .type("blogpost")]))
        let filter = try #require(CQLExpression.and([.space("DOC"), .label("x"), types]))
        #expect(filter.description == "space = \"DOC\" AND label = \"x\" AND (type = \"page\" OR type = \"blogpost\")")
        #expect(filter == .and(.and(.space("DOC"), .label("x")), types))
        #expect(CQLQuery(filter: .and([])).description == "")
    }

    @Test("operators build the same trees as the cases")
    func operators() {
        let a = CQLExpression.label("a")
        let b = CQLExpression.label("b")
        #expect((a && b) == .and(a, b))
        #expect((a || !b) == .or(a, .not(b)))
        #expect((a || b && a).description == "label = \"a\" OR (label = \"b\" AND label = \"a\")")
    }

    @Test("a full query with ORDER BY prints and validates cleanly")
    func fullQuery() {
        let filter = CQLExpression.and([.type("page"), .space("DOC"), .ancestor("123"), .labels(["draft", "q\"1"])])
        let query = CQLQuery(filter: filter, orderBy: [CQLSortKey(field: "lastmodified", descending: true)])
        let text = #"type = "page" AND space = "DOC" AND ancestor = 123 AND label IN ("draft", "q\"1") ORDER BY lastmodified DESC"#
        #expect(query.description == text)
        #expect(CQLValidator.validate(query) == [])
    }
}
