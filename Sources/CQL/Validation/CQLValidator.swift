/// Checks CQL against the built-in fields and functions: operators per field, value formats,
/// function names and argument counts, list shapes and ORDER BY keys.
///
/// Unknown fields and functions are warnings, not errors, because sites add custom fields and
/// functions. Diagnostics come in source order.
public enum CQLValidator {
    /// Parses and checks `source`; a syntax error comes back as the only diagnostic.
    public static func validate(_ source: String) -> [CQLDiagnostic] {
        do throws(CQLSyntaxError) {
            return validate(try CQLParser.parse(source))
        } catch {
            return [CQLDiagnostic(severity: .error, message: error.message, range: error.range)]
        }
    }

    /// Checks a query built in code; ranges refer to its canonical text, `query.description`.
    public static func validate(_ query: CQLQuery) -> [CQLDiagnostic] {
        validate(query.description)
    }

    /// Checks a parse result.
    static func validate(_ result: CQLParseResult) -> [CQLDiagnostic] {
        var checker = CQLClauseChecker()
        for clause in result.clauses { checker.check(clause) }
        checker.check(result.sortKeys)
        return checker.diagnostics
    }
}
