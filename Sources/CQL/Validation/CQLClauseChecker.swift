/// Collects diagnostics for clauses and sort keys; the rules behind `CQLValidator`.
struct CQLClauseChecker {
    /// What was found so far, in source order.
    private(set) var diagnostics: [CQLDiagnostic] = []

    /// Checks the field, operator and value of one clause.
    mutating func check(_ located: CQLLocatedClause) {
        let field = CQLMessageText.abbreviated(located.clause.field)
        let op = located.clause.op
        let spec = CQLFieldSpec.named(located.clause.field)
        if let spec {
            if !spec.operators.contains(op) {
                error("`\(field)` accepts only \(Self.list(spec.operators.map(\.rawValue)))", at: located.fieldRange)
            }
        } else {
            warning("unknown field `\(field)` (custom fields are allowed)", at: located.fieldRange)
        }
        let value = located.value
        switch value.value {
        case .list where !op.takesList:
            error("a list is allowed only after IN or NOT IN", at: value.range)
        case .literal where op.takesList:
            error("`\(op.rawValue)` needs a list in parentheses, such as (\"a\", \"b\")", at: value.range)
        case .list:
            if value.elements.isEmpty { error("the list after `\(op.rawValue)` is empty", at: value.range) }
            for element in value.elements { check(element, field: field, spec: spec) }
        case .literal, .function:
            check(value, field: field, spec: spec)
        }
    }

    /// Checks ORDER BY: unknown or unsortable fields and repeated keys.
    mutating func check(_ sortKeys: [CQLLocatedSortKey]) {
        var seen: Set<String> = []
        for located in sortKeys {
            let field = CQLMessageText.abbreviated(located.key.field)
            if let spec = CQLFieldSpec.named(located.key.field) {
                if !spec.sortable {
                    let choices = Self.list(CQLFieldSpec.sortableNames, conjunction: "or")
                    warning("`\(field)` is not a sort field; ORDER BY takes \(choices)", at: located.fieldRange)
                }
            } else {
                warning("unknown sort field `\(field)` (custom fields are allowed)", at: located.fieldRange)
            }
            if !seen.insert(located.key.field.lowercased()).inserted {
                warning("`\(field)` is already a sort key", at: located.fieldRange)
            }
        }
    }

    // MARK: Values

    /// Checks one literal or function (or a misplaced nested list) against the field's kind.
    private mutating func check(_ value: CQLLocatedValue, field: String, spec: CQLFieldSpec?) {
        switch value.value {
        case .list:
            error("a list cannot contain another list", at: value.range)
        case .function(let name, _):
            checkFunction(value, named: name, field: field, expecting: spec?.kind)
        case .literal(let text):
            guard let kind = spec?.kind else { return }
            checkLiteral(text, at: value.range, field: field, kind: kind)
        }
    }

    /// Checks a literal against the field's kind; `field` is the name as shown in messages.
    private mutating func checkLiteral(_ literal: String, at range: ClosedRange<Int>, field: String, kind: CQLValueKind) {
        let text = CQLMessageText.abbreviated(literal)
        switch kind {
        case .contentType where !CQLValueKind.contentTypes.contains(literal.lowercased()):
            error("unknown content type \"\(text)\"; expected \(Self.list(CQLValueKind.contentTypes, conjunction: "or"))", at: range)
        case .contentID where !CQLLiteralFormat.isWholeNumber(literal):
            error("`\(field)` expects a numeric content id, not \"\(text)\"", at: range)
        case .date where !CQLLiteralFormat.isValidDate(literal):
            let formats = "\"2024-01-31\", \"2024/01/31\" or \"2024-01-31 13:45\""
            error("`\(field)` expects a date such as \(formats), or a date function such as now(\"-4w\"), not \"\(text)\"", at: range)
        case _ where literal.isEmpty:
            warning("the value for `\(field)` is empty", at: range)
        default:
            break
        }
    }

    /// Checks a function call: known name, result kind for the field, argument count and formats.
    private mutating func checkFunction(_ value: CQLLocatedValue, named rawName: String, field: String, expecting kind: CQLValueKind?) {
        let nameRange = value.nameRange ?? value.range
        let name = CQLMessageText.abbreviated(rawName)
        guard let function = CQLFunctionSpec.named(rawName) else {
            warning("unknown function `\(name)` (add-ons may define functions)", at: nameRange)
            return
        }
        if let kind, kind != function.result {
            error("`\(field)` does not accept `\(name)()`, which gives \(function.result.functionResultNoun)", at: nameRange)
        }
        if !function.arity.contains(value.elements.count) {
            error("`\(name)` takes \(function.arityDescription)", at: value.range)
            return
        }
        for argument in value.elements {
            guard case .literal(let literal) = argument.value else {
                error("the arguments of `\(name)` must be plain values", at: argument.range)
                continue
            }
            let text = CQLMessageText.abbreviated(literal)
            switch function.argument {
            case .dateOffset where !CQLLiteralFormat.isValidOffset(literal):
                error("`\(name)` expects an offset such as \"-4w\" or \"+1d\", not \"\(text)\"", at: argument.range)
            case .count where !CQLLiteralFormat.isWholeNumber(literal):
                error("`\(name)` expects a whole number, not \"\(text)\"", at: argument.range)
            default:
                break
            }
        }
    }

    // MARK: Helpers

    /// Records an error.
    private mutating func error(_ message: String, at range: ClosedRange<Int>) {
        diagnostics.append(CQLDiagnostic(severity: .error, message: message, range: range))
    }

    /// Records a warning.
    private mutating func warning(_ message: String, at range: ClosedRange<Int>) {
        diagnostics.append(CQLDiagnostic(severity: .warning, message: message, range: range))
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String], conjunction: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
    }
}
