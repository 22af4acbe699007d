/// Checks CQL against the built-in fields and functions: operators per field, value formats,
/// function names and argument counts, list shapes and ORDER BY keys.
///
/// Unknown fields and functions are warnings, not errors, because sites add custom fields and
/// functions. Diagnostics come in source order.
public enum CQLValidator {
    /// Parses and checks `source`; an invisible character, or else a syntax error, comes back as the only diagnostic: one
    /// stuck to a word (`AND` and a zero-width space) makes the syntax error name what shows as the expected word.
    public static func validate(_ source: String) -> [CQLDiagnostic] {
        if let hidden = invisibleCharacter(in: source) { return [hidden] }
        do throws(CQLSyntaxError) {
            return validate(try CQLParser.parse(source))
        } catch {
            return [CQLDiagnostic(severity: .error, message: error.message, range: error.range)]
        }
    }

    /// The first control, invisible formatting or line-separating character of `source` but white space (a zero-width
    /// space or a bidi mark pasted with a title, a Hangul filler): unseen where the query is shown, yet part of what the
    /// site searches for. A joiner or tag inside an emoji sequence (👨‍👩, a subdivision flag) belongs to what shows.
    private static func invisibleCharacter(in source: String) -> CQLDiagnostic? {
        let scalars = Array(source.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where !"\t\n\r".unicodeScalars.contains(scalar) {
            guard isInvisible(scalar) else { continue }
            let afterEmoji = offset > 0 && (scalars[offset - 1].properties.isEmoji || isTag(scalars[offset - 1]))
            if scalar.value == 0x200D && afterEmoji && offset + 1 < scalars.count && scalars[offset + 1].properties.isEmoji { continue }
            if isTag(scalar) && afterEmoji { continue }
            let code = String(scalar.value, radix: 16, uppercase: true)
            return CQLDiagnostic(severity: .error, message: "an invisible character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)) is part of the query; remove it",
                                 range: (offset + 1)...(offset + 1))
        }
        return nil
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return [0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0].contains(scalar.value)  // a joiner and fillers that draw nothing
        }
    }

    private static func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0020...0xE007F).contains(scalar.value) }

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
