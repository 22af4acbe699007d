/// A language-neutral value tree of the create request, rendered by each export format.
indirect enum ExportValue: Hashable, Sendable {
    /// A string, escaped by each renderer for its language.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// An object whose members keep their order.
    case object([Member])
    /// The value of the named environment variable, read when the exported code runs.
    case environment(String)

    /// One object member.
    struct Member: Hashable, Sendable {
        let key: String
        let value: ExportValue
    }
}
