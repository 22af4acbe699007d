import CQL
import Testing

/// Invalid CQL fails with an exact sentence and column range.
struct SyntaxErrorTests {
    static let cases: [(String, String, ClosedRange<Int>)] = [
        ("label = ", "expected a value after \"=\"", 9...9),
        ("label", "expected an operator after \"label\"", 6...6),
        ("= x", "expected a condition at the start of the query", 1...1),
        ("a = b AND", "expected a condition after \"AND\"", 10...10),
        ("NOT", "expected a condition after \"NOT\"", 4...4),
        ("a = b and or c = d", "expected a condition after \"and\"", 11...12),
        ("a = b c = d", "expected AND, OR, NOT or ORDER BY, found \"c\"", 7...7),
        ("(a = b", "missing \")\" to close the \"(\" opened at column 1", 1...1),
        ("(a = b c", "expected AND, OR, NOT or \")\", found \"c\"", 8...8),
        ("a = b)", "unexpected \")\" without a matching \"(\"", 6...6),
        ("title ~ \"abc", "unterminated string: missing the closing double quote", 9...12),
        ("title ~ 'ab\\'", "unterminated string: missing the closing single quote", 9...13),
        ("a ! b", "\"!\" must be followed by \"=\" or \"~\"", 3...3),
        ("label NOT x", "expected IN after \"NOT\"", 11...11),
        ("label IN", "expected a value after \"IN\"", 9...9),
        ("label IN (a, b", "missing \")\" to close the list opened at column 10", 10...10),
        ("label IN (a b)", "expected \",\" or \")\" in the list, found \"b\"", 13...13),
        ("label IN (a,)", "expected a value after \",\"", 13...13),
        ("created > now(\"-4w\"", "missing \")\" to close the arguments of \"now\" opened at column 14", 14...14),
        ("label = and", "expected a value after \"=\"; \"and\" is a reserved word, quote it to use it as a value", 9...11),
        ("in = x", "expected a condition at the start of the query; \"in\" is a reserved word, quote it to use it as a field name", 1...2),
        ("label = 'x' 'y'", "expected AND, OR, NOT or ORDER BY, found the string \"y\"", 13...15),
        ("ORDER title", "expected BY after \"ORDER\"", 7...11),
        ("ORDER BY", "expected a field name after \"BY\"", 9...9),
        ("ORDER BY title foo", "expected \",\", ASC, DESC or the end of the query, found \"foo\"", 16...18),
        ("ORDER BY title DESC x", "expected \",\" or the end of the query, found \"x\"", 21...21),
        ("a = b ORDER BY x,", "expected a field name after \",\"", 18...18),
        ("title = \"é😀\" x", "expected AND, OR, NOT or ORDER BY, found \"x\"", 14...14),
        ("title = \"e\u{301}\" x", "expected AND, OR, NOT or ORDER BY, found \"x\"", 14...14),
    ]

    @Test("invalid queries fail with the exact message and columns", arguments: cases)
    func fails(source: String, message: String, range: ClosedRange<Int>) {
        #expect(throws: CQLSyntaxError(message: message, range: range)) { try CQLQuery.parse(source) }
    }

    @Test("the description appends the columns")
    func description() {
        let error = CQLSyntaxError(message: "expected a value after \"=\"", range: 9...9)
        #expect(error.description == "expected a value after \"=\" (column 9)")
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow")
    func deepNesting() {
        let parentheses = String(repeating: "(", count: 10_000) + "a = b"
        #expect(throws: CQLSyntaxError(message: "the query is nested more than 200 levels deep", range: 201...201)) {
            try CQLQuery.parse(parentheses)
        }
        let nots = String(repeating: "NOT ", count: 10_000) + "a = b"
        #expect(throws: CQLSyntaxError(message: "the query is nested more than 200 levels deep", range: 801...803)) {
            try CQLQuery.parse(nots)
        }
        let lists = "a IN " + String(repeating: "(", count: 10_000)
        #expect(throws: CQLSyntaxError(message: "the query is nested more than 200 levels deep", range: 205...205)) {
            try CQLQuery.parse(lists)
        }
    }

    @Test("long text is cut short in messages")
    func longTextInMessages() {
        let word = String(repeating: "w", count: 500)
        let expected = "expected AND, OR, NOT or ORDER BY, found \"\(String(repeating: "w", count: 39))…\""
        #expect(throws: CQLSyntaxError(message: expected, range: 7...506)) { try CQLQuery.parse("a = b \(word)") }
        let diagnostics = CQLValidator.validate("\(word) = 1")
        #expect(diagnostics.map(\.message) == ["unknown field `\(String(repeating: "w", count: 39))…` (custom fields are allowed)"])
    }

    @Test("more than the clause limit is an error")
    func tooManyClauses() {
        let source = Array(repeating: "a = b", count: 1_001).joined(separator: " AND ")
        #expect(throws: CQLSyntaxError(message: "the query has more than 1000 conditions", range: 10_001...10_001)) {
            try CQLQuery.parse(source)
        }
    }
}
