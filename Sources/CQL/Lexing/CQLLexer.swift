/// Splits CQL text into tokens on demand, working on Unicode scalars so columns are stable.
struct CQLLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Creates a lexer positioned at the start of `source`.
    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Scalars that end a bare word.
    private static let delimiters: Set<Unicode.Scalar> = ["(", ")", ",", "=", "!", "<", ">", "~", "\"", "'"]

    /// Whether `scalar` may appear inside a bare word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && !delimiters.contains(scalar)
    }

    /// Returns the next token, or `.end` repeatedly once the input is exhausted.
    mutating func next() throws(CQLSyntaxError) -> CQLToken {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        let start = index
        guard index < scalars.count else { return CQLToken(kind: .end, range: column(start)...column(start)) }
        let scalar = scalars[index]
        index += 1
        let kind: CQLToken.Kind
        switch scalar {
        case "(": kind = .leftParen
        case ")": kind = .rightParen
        case ",": kind = .comma
        case "=": kind = .comparison(.equals)
        case "~": kind = .comparison(.contains)
        case "<": kind = .comparison(consume("=") ? .lessThanOrEqual : .lessThan)
        case ">": kind = .comparison(consume("=") ? .greaterThanOrEqual : .greaterThan)
        case "!":
            if consume("=") {
                kind = .comparison(.notEquals)
            } else if consume("~") {
                kind = .comparison(.notContains)
            } else {
                throw CQLSyntaxError(message: "\"!\" must be followed by \"=\" or \"~\"", range: column(start)...column(start))
            }
        case "\"", "'": kind = .string(try quotedString(closingWith: scalar, openedAt: start))
        default:
            while index < scalars.count, Self.isWordScalar(scalars[index]) { index += 1 }
            kind = .word(String(String.UnicodeScalarView(scalars[start..<index])))
        }
        return CQLToken(kind: kind, range: column(start)...column(index - 1))
    }

    /// Reads the rest of a quoted string whose opening quote was at `openedAt`; `\x` stands for `x`.
    private mutating func quotedString(closingWith quote: Unicode.Scalar, openedAt start: Int) throws(CQLSyntaxError) -> String {
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == quote { return String(text) }
            if scalar == "\\" {
                guard index < scalars.count else { break }
                text.append(scalars[index])
                index += 1
            } else {
                text.append(scalar)
            }
        }
        let message = "unterminated string: missing the closing \(quote == "\"" ? "double" : "single") quote"
        throw CQLSyntaxError(message: message, range: column(start)...column(scalars.count - 1))
    }

    /// Consumes `expected` if it is the next scalar.
    private mutating func consume(_ expected: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == expected else { return false }
        index += 1
        return true
    }

    /// The 1-based column of the scalar at `offset`.
    private func column(_ offset: Int) -> Int { offset + 1 }
}
