extension String {
    /// The text with its line breaks as spaces, for text shown within a line (a label, a paragraph); the text itself
    /// when it has none, the usual case, which is told from its bytes.
    var onOneLine: String {
        utf8.contains { $0 == 0x0A || $0 == 0x0D } ? String(map { $0.isNewline ? " " : $0 }) : self
    }
}
