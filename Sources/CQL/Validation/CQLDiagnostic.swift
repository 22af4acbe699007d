/// One problem found by `CQLValidator`: a severity, a sentence and the 1-based columns it concerns.
public struct CQLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The server would reject the query or it cannot mean what was written.
        case error
        /// Allowed, but possibly a mistake (unknown field or function, odd sort key).
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The sentence, without the position, e.g. "`text` accepts only ~ and !~".
    public var message: String
    /// 1-based Unicode scalar columns of the offending text.
    public var range: ClosedRange<Int>

    /// Creates a diagnostic.
    public init(severity: Severity, message: String, range: ClosedRange<Int>) {
        self.severity = severity
        self.message = message
        self.range = range
    }

    /// Whether this is an error rather than a warning.
    public var isError: Bool { severity == .error }

    /// The sentence followed by its columns, e.g. "`text` accepts only ~ and !~ (columns 1-4)".
    public var description: String { "\(message) (\(range.columnsLabel))" }
}
