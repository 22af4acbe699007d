/// One lexical token with its 1-based column range in the source.
struct CQLToken: Hashable, Sendable {
    /// What the token is.
    enum Kind: Hashable, Sendable {
        /// A bare word: field, number, unquoted value, function name or keyword.
        case word(String)
        /// A quoted string, unescaped.
        case string(String)
        /// A comparison operator other than `IN` / `NOT IN` (those are words).
        case comparison(CQLOperator)
        case leftParen
        case rightParen
        case comma
        /// The end of the input.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// 1-based Unicode scalar columns; for `.end`, the column after the last scalar.
    var range: ClosedRange<Int>

    /// The keyword this token spells, if it is a bare word matching one case-insensitively.
    var keyword: CQLKeyword? {
        if case .word(let word) = kind { CQLKeyword(word: word) } else { nil }
    }

    /// The text of a word or string token usable as a name or value; `nil` for other tokens and keywords.
    var text: String? {
        switch kind {
        case .word(let word): keyword == nil ? word : nil
        case .string(let string): string
        default: nil
        }
    }

    /// How error messages refer to this token, e.g. `"="`, `the string "a b"`, `the end of the query`.
    var quotedForMessage: String {
        switch kind {
        case .word(let word): "\"\(CQLMessageText.abbreviated(word))\""
        case .string(let string): "the string \"\(CQLMessageText.abbreviated(string))\""
        case .comparison(let op): "\"\(op.rawValue)\""
        case .leftParen: "\"(\""
        case .rightParen: "\")\""
        case .comma: "\",\""
        case .end: "the end of the query"
        }
    }
}
