/// Converts the 1-based Unicode scalar columns of `CQLSyntaxError` and `CQLDiagnostic` into string
/// indices, e.g. to underline the offending text in an editor.
public enum CQLColumns {
    /// The indices of `source` covered by `columns`, clamped to the text. Columns past the end
    /// (an error at the end of the input) give an empty range at `endIndex`.
    public static func indices(of columns: ClosedRange<Int>, in source: String) -> Range<String.Index> {
        let scalars = source.unicodeScalars
        let count = scalars.count
        let lower = scalars.index(scalars.startIndex, offsetBy: min(max(columns.lowerBound - 1, 0), count))
        let upper = scalars.index(scalars.startIndex, offsetBy: min(max(columns.upperBound, 0), count))
        return lower..<max(lower, upper)
    }
}
