/// Canonical CQL text: keywords upper-case, single spaces, double-quoted strings, and the fewest
/// parentheses that keep the meaning. Everything printed parses back to the same tree.
///
/// - Note: a binary right operand is always parenthesised. A left operand is parenthesised only when
///   it mixes AND with OR (`(a OR b) AND c`): redundant under CQL's left-to-right rule, but it keeps
///   the text unambiguous for readers and servers that give AND precedence over OR.
enum CQLPrinter {
    /// Writes `expression` with the parentheses described on the type.
    static func write(_ expression: CQLExpression, to output: inout String) {
        switch expression {
        case .clause(let clause):
            write(clause, to: &output)
        case .and(let left, let right):
            if case .or = left { writeOperand(left, to: &output) } else { write(left, to: &output) }
            output += " AND "
            writeOperand(right, to: &output)
        case .or(let left, let right):
            if case .and = left { writeOperand(left, to: &output) } else { write(left, to: &output) }
            output += " OR "
            writeOperand(right, to: &output)
        case .not(let operand):
            output += "NOT "
            writeOperand(operand, to: &output)
        }
    }

    /// Writes `field op value`.
    static func write(_ clause: CQLClause, to output: inout String) {
        output += name(clause.field)
        output += " \(clause.op.rawValue) "
        write(clause.value, to: &output)
    }

    /// Writes a literal, function call or list.
    static func write(_ value: CQLValue, to output: inout String) {
        switch value {
        case .literal(let text):
            output += literal(text)
        case .function(let functionName, let arguments):
            output += name(functionName)
            writeSequence(arguments, to: &output)
        case .list(let elements):
            writeSequence(elements, to: &output)
        }
    }

    /// Writes `field` or `field DESC`.
    static func write(_ key: CQLSortKey, to output: inout String) {
        output += name(key.field)
        if key.descending { output += " DESC" }
    }

    /// A literal value: bare when it is all ASCII digits (ids, counts), otherwise quoted.
    static func literal(_ text: String) -> String {
        let isNumber = !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        return isNumber ? text : quoted(text)
    }

    /// A field or function name: bare when it is a plain ASCII identifier such as `space.key`
    /// and not a reserved word, otherwise quoted.
    static func name(_ text: String) -> String {
        let isPlain = !text.isEmpty && CQLKeyword(word: text) == nil && text.unicodeScalars.allSatisfy(isPlainNameScalar)
        return isPlain ? text : quoted(text)
    }

    /// `text` in double quotes with `"` and `\` escaped by a backslash.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        result += "\""
        return result
    }

    /// Whether `scalar` may appear in an unquoted name.
    private static func isPlainNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "-": true
        default: false
        }
    }

    /// Writes `expression`, parenthesised when it is an AND or OR.
    private static func writeOperand(_ expression: CQLExpression, to output: inout String) {
        switch expression {
        case .and, .or:
            output += "("
            write(expression, to: &output)
            output += ")"
        case .clause, .not:
            write(expression, to: &output)
        }
    }

    /// Writes `(a, b, ...)`.
    private static func writeSequence(_ values: [CQLValue], to output: inout String) {
        output += "("
        for (index, value) in values.enumerated() {
            if index > 0 { output += ", " }
            write(value, to: &output)
        }
        output += ")"
    }
}
