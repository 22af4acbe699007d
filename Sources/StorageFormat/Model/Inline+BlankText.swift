extension Inline {
    /// Whether this is text of spaces and no-break spaces only, or none.
    var isBlankText: Bool {
        guard case .text(let text, _) = self else { return false }
        return text.withUTF8Buffer { $0.spacesEnd(from: 0, to: $0.count) == $0.count }
    }
}
