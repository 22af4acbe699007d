import CQL
import Testing

/// The validator reports field, operator, value, function and ORDER BY problems with exact columns.
struct ValidatorTests {
    static func error(_ message: String, _ range: ClosedRange<Int>) -> CQLDiagnostic {
        CQLDiagnostic(severity: .error, message: message, range: range)
    }

    static func warning(_ message: String, _ range: ClosedRange<Int>) -> CQLDiagnostic {
        CQLDiagnostic(severity: .warning, message: message, range: range)
    }

    static let dateHint = "expects a date such as \"2024-01-31\", \"2024/01/31\" or \"2024-01-31 13:45\", or a date function such as now(\"-4w\")"

    static let cases: [(String, [CQLDiagnostic])] = [
        ("text = \"x\"", [error("`text` accepts only ~ and !~", 1...4)]),
        ("label ~ x", [error("`label` accepts only =, !=, IN and NOT IN", 1...5)]),
        ("created ~ \"2024-01-01\"", [error("`created` accepts only =, !=, >, >=, < and <=", 1...7)]),
        ("foo = bar", [warning("unknown field `foo` (custom fields are allowed)", 1...3)]),
        ("type = pagex", [error("unknown content type \"pagex\"; expected page, blogpost, comment, attachment, folder, whiteboard, database or embed", 8...12)]),
        ("type IN (page, Whiteboard, \"folder\")", []),
        ("created > \"2024-13-01\"", [error("`created` \(dateHint), not \"2024-13-01\"", 11...22)]),
        ("lastModified < \"2024/02/30 24:00\"", [error("`lastModified` \(dateHint), not \"2024/02/30 24:00\"", 16...33)]),
        ("created > now(\"-4x\")", [error("`now` expects an offset such as \"-4w\" or \"+1d\", not \"-4x\"", 15...19)]),
        ("created > now(\"-4w\", \"1d\")", [error("`now` takes at most 1 argument", 11...26)]),
        ("creator = currentUser(1)", [error("`currentUser` takes no arguments", 11...24)]),
        ("id IN recentlyViewedContent()", [error("`recentlyViewedContent` takes 1 or 2 arguments", 7...29)]),
        ("id IN recentlyViewedContent(ten)", [error("`recentlyViewedContent` expects a whole number, not \"ten\"", 29...31)]),
        ("created > now(now())", [error("the arguments of `now` must be plain values", 15...19)]),
        ("label = now()", [error("`label` does not accept `now()`, which gives a date", 9...11)]),
        ("space = currentUser()", [error("`space` does not accept `currentUser()`, which gives a user", 9...19)]),
        ("ancestor = abc", [error("`ancestor` expects a numeric content id, not \"abc\"", 12...14)]),
        ("label IN x", [error("`IN` needs a list in parentheses, such as (\"a\", \"b\")", 10...10)]),
        ("label = (a, b)", [error("a list is allowed only after IN or NOT IN", 9...14)]),
        ("label NOT IN ()", [error("the list after `NOT IN` is empty", 14...15)]),
        ("label IN (a, (b))", [error("a list cannot contain another list", 14...16)]),
        ("creator = foo()", [warning("unknown function `foo` (add-ons may define functions)", 11...13)]),
        ("label = \"\"", [warning("the value for `label` is empty", 9...10)]),
        ("label = \"\" or Text = x", [
            warning("the value for `label` is empty", 9...10),
            error("`Text` accepts only ~ and !~", 15...18),
        ]),
        ("title ~ \"ü\" AND text = x", [error("`text` accepts only ~ and !~", 17...20)]),
        ("ORDER BY text, title, TITLE, rank", [
            warning("`text` is not a sort field; ORDER BY takes title, space, space.key, space.title, type, id, content, created or lastmodified", 10...13),
            warning("`TITLE` is already a sort key", 23...27),
            warning("unknown sort field `rank` (custom fields are allowed)", 30...33),
        ]),
        ("label = ", [error("expected a value after \"=\"", 9...9)]),
        ("type = page AND space.key = \"DOC\" AND created >= \"2024/01/31 13:45\" AND creator = currentUser() ORDER BY lastmodified DESC", []),
        ("id in recentlyViewedContent(10) and lastModified > startOfMonth(\"-1M\") and created < endOfDay(\"-1d 2h\")", []),
        ("space IN (favouriteSpaces(), currentSpace()) AND ancestor = 123 AND container != 9 AND macro = toc", []),
        ("", []),
        // A zero-width space or a bidi mark pasted with a title: unseen, yet searched for.
        ("title ~ \"ab\u{200B}c\"", [error("an invisible character (U+200B) is part of the query; remove it", 12...12)]),
        ("label = x\u{202E}", [error("an invisible character (U+202E) is part of the query; remove it", 10...10)]),
        ("label = a\n\tOR label = b", []),
        ("title ~ \"a\u{3164}b\"", [error("an invisible character (U+3164) is part of the query; remove it", 11...11)]),
        ("title ~ \"a\u{2028}b\"", [error("an invisible character (U+2028) is part of the query; remove it", 11...11)]),
        ("title ~ \"👨\u{200D}👩 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}\"", []),
        ("title ~ \"a\u{200D}b\"", [error("an invisible character (U+200D) is part of the query; remove it", 11...11)]),
        // Stuck to a keyword it breaks the parse, where it is still what to name, not "expected AND, found AND".
        ("space = ENG AND\u{200B} type = page", [error("an invisible character (U+200B) is part of the query; remove it", 16...16)]),
    ]

    @Test("diagnostics have exact messages and columns", arguments: cases)
    func diagnoses(source: String, expected: [CQLDiagnostic]) {
        #expect(CQLValidator.validate(source) == expected)
    }

    @Test("the description reads like the issue's example")
    func description() throws {
        let diagnostic = try #require(CQLValidator.validate("text = x").first)
        #expect(diagnostic.description == "`text` accepts only ~ and !~ (columns 1-4)")
        #expect(diagnostic.isError)
    }

    @Test("a query built in code is checked against its canonical text")
    func builtQuery() {
        let query = CQLQuery(filter: .and(.label("x"), .type("nope")))
        #expect(query.description == "label = \"x\" AND type = \"nope\"")
        #expect(CQLValidator.validate(query).map(\.range) == [24...29])
    }
}
