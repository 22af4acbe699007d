/// Helpers for quoting user text inside error and diagnostic sentences.
enum CQLMessageText {
    /// Longest quoted text a message shows before cutting it short.
    static let maximumScalars = 40

    /// `text`, cut to `maximumScalars` Unicode scalars with a trailing "…" when longer.
    static func abbreviated(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maximumScalars else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(maximumScalars - 1))) + "…"
    }
}
