/// Recursive-descent CQL parser: conditions joined by AND/OR/NOT left to right without
/// precedence, parentheses, `IN` lists, function calls and a trailing `ORDER BY`.
///
/// Grammar (keywords case-insensitive, never quoted):
/// ```
/// query      := [expression] [ORDER BY sortKey {"," sortKey}]
/// expression := unary {(AND | OR | NOT) unary}        // "a NOT b" means "a AND NOT b"
/// unary      := NOT unary | "(" expression ")" | clause
/// clause     := name operator value
/// operator   := = | != | ~ | !~ | > | >= | < | <= | IN | NOT IN
/// value      := name ["(" [value {"," value}] ")"] | "(" [value {"," value}] ")"
/// sortKey    := name [ASC | DESC]
/// name       := bare word that is not a keyword | quoted string
/// ```
struct CQLParser {
    /// Deepest nesting of parentheses, NOT and lists accepted; deeper input is an error, not a crash.
    static let maximumDepth = 200
    /// Most clauses accepted in one query.
    static let maximumClauses = 1000

    private var lexer: CQLLexer
    private var current: CQLToken
    private var previous: CQLToken?
    private var depth = 0
    private var clauses: [CQLLocatedClause] = []

    /// Parses `source` into a query with source positions, or throws the first syntax error.
    static func parse(_ source: String) throws(CQLSyntaxError) -> CQLParseResult {
        var parser = try CQLParser(source)
        return try parser.parseQuery()
    }

    private init(_ source: String) throws(CQLSyntaxError) {
        lexer = CQLLexer(source)
        current = try lexer.next()
    }

    // MARK: Query and expressions

    private mutating func parseQuery() throws(CQLSyntaxError) -> CQLParseResult {
        var filter: CQLExpression?
        if current.kind != .end, current.keyword != .order {
            filter = try parseExpression()
        }
        var sortKeys: [CQLLocatedSortKey] = []
        if current.keyword == .order {
            sortKeys = try parseOrderBy()
        }
        guard current.kind == .end else {
            if current.kind == .rightParen { throw error("unexpected \")\" without a matching \"(\"") }
            throw error("expected AND, OR, NOT or ORDER BY, found \(current.quotedForMessage)")
        }
        let query = CQLQuery(filter: filter, orderBy: sortKeys.map(\.key))
        return CQLParseResult(query: query, clauses: clauses, sortKeys: sortKeys)
    }

    private mutating func parseExpression() throws(CQLSyntaxError) -> CQLExpression {
        var left = try parseUnary()
        while let keyword = current.keyword {
            switch keyword {
            case .and:
                try advance()
                left = .and(left, try parseUnary())
            case .or:
                try advance()
                left = .or(left, try parseUnary())
            case .not:
                try advance()
                left = .and(left, .not(try parseUnary()))
            default:
                return left
            }
        }
        return left
    }

    private mutating func parseUnary() throws(CQLSyntaxError) -> CQLExpression {
        try enterNesting()
        defer { depth -= 1 }
        if current.keyword == .not {
            try advance()
            return .not(try parseUnary())
        }
        guard current.kind == .leftParen else { return .clause(try parseClause()) }
        let open = try advance()
        let inner = try parseExpression()
        guard current.kind == .rightParen else {
            if current.kind == .end { throw missingParenthesis(closing: "the \"(\"", openedBy: open) }
            throw error("expected AND, OR, NOT or \")\", found \(current.quotedForMessage)")
        }
        try advance()
        return inner
    }

    // MARK: Clauses and values

    private mutating func parseClause() throws(CQLSyntaxError) -> CQLClause {
        guard let field = current.text else {
            let hint = [.and, .or, .order].contains(current.keyword) ? nil : "a field name"
            throw expected("a condition", reservedWordHint: hint)
        }
        guard clauses.count < Self.maximumClauses else {
            throw error("the query has more than \(Self.maximumClauses) conditions")
        }
        let fieldToken = try advance()
        let (op, operatorRange) = try parseOperator()
        let value = try parseValue()
        let clause = CQLClause(field: field, op: op, value: value.value)
        clauses.append(CQLLocatedClause(clause: clause, fieldRange: fieldToken.range, operatorRange: operatorRange, value: value))
        return clause
    }

    private mutating func parseOperator() throws(CQLSyntaxError) -> (CQLOperator, ClosedRange<Int>) {
        if case .comparison(let op) = current.kind {
            return (op, try advance().range)
        }
        switch current.keyword {
        case .in:
            return (.in, try advance().range)
        case .not:
            let notToken = try advance()
            guard current.keyword == .in else { throw error("expected IN after \(notToken.quotedForMessage)") }
            return (.notIn, notToken.range.lowerBound...(try advance()).range.upperBound)
        default:
            throw expected("an operator", reservedWordHint: nil)
        }
    }

    private mutating func parseValue() throws(CQLSyntaxError) -> CQLLocatedValue {
        try enterNesting()
        defer { depth -= 1 }
        if current.kind == .leftParen {
            let open = try advance()
            let (elements, close) = try parseSequence(named: "the list", openedBy: open)
            let range = open.range.lowerBound...close.range.upperBound
            return CQLLocatedValue(value: .list(elements.map(\.value)), range: range, elements: elements)
        }
        guard let text = current.text else { throw expected("a value", reservedWordHint: "a value") }
        let token = try advance()
        guard current.kind == .leftParen else { return CQLLocatedValue(value: .literal(text), range: token.range) }
        let open = try advance()
        let (arguments, close) = try parseSequence(named: "the arguments of \"\(CQLMessageText.abbreviated(text))\"", openedBy: open)
        return CQLLocatedValue(
            value: .function(name: text, arguments: arguments.map(\.value)),
            range: token.range.lowerBound...close.range.upperBound,
            nameRange: token.range,
            elements: arguments
        )
    }

    /// Parses `[value {"," value}] ")"` after `open`, returning the values and the closing token.
    private mutating func parseSequence(named name: String, openedBy open: CQLToken) throws(CQLSyntaxError) -> ([CQLLocatedValue], CQLToken) {
        var elements: [CQLLocatedValue] = []
        if current.kind != .rightParen {
            while true {
                if current.kind == .end { throw missingParenthesis(closing: name, openedBy: open) }
                elements.append(try parseValue())
                guard current.kind == .comma else { break }
                try advance()
            }
        }
        guard current.kind == .rightParen else {
            if current.kind == .end { throw missingParenthesis(closing: name, openedBy: open) }
            throw error("expected \",\" or \")\" in \(name), found \(current.quotedForMessage)")
        }
        return (elements, try advance())
    }

    // MARK: ORDER BY

    private mutating func parseOrderBy() throws(CQLSyntaxError) -> [CQLLocatedSortKey] {
        let order = try advance()
        guard current.keyword == .by else { throw error("expected BY after \(order.quotedForMessage)") }
        try advance()
        var keys: [CQLLocatedSortKey] = []
        var sawDirection = false
        while true {
            guard let field = current.text else { throw expected("a field name", reservedWordHint: "a field name") }
            let fieldToken = try advance()
            let direction = current.keyword
            sawDirection = direction == .asc || direction == .desc
            if sawDirection { try advance() }
            keys.append(CQLLocatedSortKey(key: CQLSortKey(field: field, descending: direction == .desc), fieldRange: fieldToken.range))
            guard current.kind == .comma else { break }
            try advance()
        }
        guard current.kind == .end else {
            let options = sawDirection ? "\",\"" : "\",\", ASC, DESC"
            throw error("expected \(options) or the end of the query, found \(current.quotedForMessage)")
        }
        return keys
    }

    // MARK: Helpers

    /// Consumes the current token and returns it.
    @discardableResult
    private mutating func advance() throws(CQLSyntaxError) -> CQLToken {
        let token = current
        previous = token
        current = try lexer.next()
        return token
    }

    /// Counts one level of nesting, failing beyond `maximumDepth` so deep input cannot exhaust the stack.
    private mutating func enterNesting() throws(CQLSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw error("the query is nested more than \(Self.maximumDepth) levels deep")
        }
    }

    /// An error at the current token.
    private func error(_ message: String) -> CQLSyntaxError {
        CQLSyntaxError(message: message, range: current.range)
    }

    /// "expected X after Y" at the current token, with a hint when the current token is a reserved word
    /// that was probably meant as `reservedWordHint` (e.g. "a value").
    private func expected(_ what: String, reservedWordHint: String?) -> CQLSyntaxError {
        var message = "expected \(what)"
        message += previous.map { " after \($0.quotedForMessage)" } ?? " at the start of the query"
        if let reservedWordHint, current.keyword != nil, case .word(let word) = current.kind {
            message += "; \"\(word)\" is a reserved word, quote it to use it as \(reservedWordHint)"
        }
        return error(message)
    }

    /// The error for input that ends before the ")" matching `open`.
    private func missingParenthesis(closing name: String, openedBy open: CQLToken) -> CQLSyntaxError {
        CQLSyntaxError(message: "missing \")\" to close \(name) opened at column \(open.range.lowerBound)", range: open.range)
    }
}
