extension String {
    /// The text with each hidden formatting scalar (`Unicode.Scalar.isHiddenFormatting`) written as `<U+202E>`, so a
    /// screen shows the query a file holds rather than one the invisible scalars rearrange or a sanitizer shortens.
    public var showingHiddenFormatting: String {
        guard unicodeScalars.contains(where: \.isHiddenFormatting) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            if scalar.isHiddenFormatting {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
