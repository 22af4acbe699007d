/// The last error: a one-line sentence for the status line and the full text `e` shows.
public struct ErrorReport: Hashable, Sendable {
    /// What failed, in a sentence.
    public var message: String
    /// The full explanation.
    public var detail: String

    /// Creates a report.
    public init(message: String, detail: String? = nil) {
        self.message = message
        self.detail = detail ?? message
    }
}
