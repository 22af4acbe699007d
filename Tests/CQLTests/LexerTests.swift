@testable import CQL
import Testing

/// The lexer splits text into tokens with 1-based Unicode scalar column ranges.
struct LexerTests {
    /// All tokens of `source` up to and including `.end`.
    static func tokens(_ source: String) throws -> [CQLToken] {
        var lexer = CQLLexer(source)
        var tokens: [CQLToken] = []
        repeat {
            tokens.append(try lexer.next())
        } while tokens.last?.kind != .end
        return tokens
    }

    @Test("operators, words, strings and punctuation carry their columns")
    func tokensAndColumns() throws {
        let tokens = try Self.tokens("space.key!=\"a\\\"b\" OR x>=1,(y)~'z'!~w<=<>")
        #expect(tokens == [
            CQLToken(kind: .word("space.key"), range: 1...9),
            CQLToken(kind: .comparison(.notEquals), range: 10...11),
            CQLToken(kind: .string("a\"b"), range: 12...17),
            CQLToken(kind: .word("OR"), range: 19...20),
            CQLToken(kind: .word("x"), range: 22...22),
            CQLToken(kind: .comparison(.greaterThanOrEqual), range: 23...24),
            CQLToken(kind: .word("1"), range: 25...25),
            CQLToken(kind: .comma, range: 26...26),
            CQLToken(kind: .leftParen, range: 27...27),
            CQLToken(kind: .word("y"), range: 28...28),
            CQLToken(kind: .rightParen, range: 29...29),
            CQLToken(kind: .comparison(.contains), range: 30...30),
            CQLToken(kind: .string("z"), range: 31...33),
            CQLToken(kind: .comparison(.notContains), range: 34...35),
            CQLToken(kind: .word("w"), range: 36...36),
            CQLToken(kind: .comparison(.lessThanOrEqual), range: 37...38),
            CQLToken(kind: .comparison(.lessThan), range: 39...39),
            CQLToken(kind: .comparison(.greaterThan), range: 40...40),
            CQLToken(kind: .end, range: 41...41),
        ])
    }

    @Test("keywords match case-insensitively and only when bare")
    func keywords() throws {
        let tokens = try Self.tokens("aNd OR not In ORDER by Asc DESC \"and\" android")
        #expect(tokens.map(\.keyword) == [.and, .or, .not, .in, .order, .by, .asc, .desc, nil, nil, nil])
    }

    @Test("columns count Unicode scalars, so a combining accent is its own column")
    func unicodeColumns() throws {
        let tokens = try Self.tokens("é e\u{301} 😀 x")
        #expect(tokens.map(\.range) == [1...1, 3...4, 6...6, 8...8, 9...9])
    }

    @Test("a backslash escapes any scalar inside quotes")
    func escapes() throws {
        let tokens = try Self.tokens(#"'a\'b\\c\d"'"#)
        #expect(tokens.first?.kind == .string(#"a'b\cd""#))
    }
}
