/// A syntax error: a sentence plus the 1-based column range of the offending text.
///
/// Columns count Unicode scalars of the source, starting at 1. An error at the end of
/// the input points one column past the last scalar.
public struct CQLSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, as a sentence without the position, e.g. `expected a value after "="`.
    public var message: String
    /// 1-based character (Unicode scalar) columns of the offending text.
    public var range: ClosedRange<Int>

    /// Creates an error from a sentence and a column range.
    public init(message: String, range: ClosedRange<Int>) {
        self.message = message
        self.range = range
    }

    /// The sentence followed by its columns, e.g. `expected a value after "=" (column 9)`.
    public var description: String { "\(message) (\(range.columnsLabel))" }
}
