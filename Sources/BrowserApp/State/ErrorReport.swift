/// The last error: a one-line sentence for the status line and the full text `e` shows.
public struct ErrorReport: Hashable, Sendable {
    /// What failed, in a sentence.
    public var message: String
    /// The full explanation.
    public var detail: String
    /// The kind of load that failed, when a load did; a later success of that kind retires the report from the status line.
    public var load: LoadKind?

    /// Creates a report.
    public init(message: String, detail: String? = nil, load: LoadKind? = nil) {
        self.message = message
        self.detail = detail ?? message
        self.load = load
    }
}
