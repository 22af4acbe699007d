/// A reserved word of the CQL grammar; matched case-insensitively, never when quoted.
enum CQLKeyword: String, Hashable, Sendable, CaseIterable {
    case and, or, not, `in`, order, by, asc, desc

    /// The keyword spelled by `word` ignoring case, or `nil`.
    init?(word: String) {
        guard word.unicodeScalars.count <= 5 else { return nil }
        self.init(rawValue: word.lowercased())
    }
}
