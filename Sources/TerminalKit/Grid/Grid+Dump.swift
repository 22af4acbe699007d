/// Text dumps of the grid for snapshot tests.
extension Grid {
    /// The characters of every row joined by newlines, trailing spaces trimmed.
    public var text: String { dump(styled: false) }

    /// A dump of the grid. With `styled`, each run of non-default style is wrapped as
    /// `[label]text[/]` where the label names the roles and attributes (`[selected bold]`).
    /// Trailing default-style spaces are trimmed from each row.
    public func dump(styled: Bool = false) -> String {
        var rows: [String] = []
        rows.reserveCapacity(height)
        for y in 0..<height {
            var row = ""
            var openLabel = ""
            var pendingSpaces = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if cell.isContinuation { continue }
                let label = styled ? cell.style.dumpLabel : ""
                if label.isEmpty && cell.grapheme == " " {
                    if !openLabel.isEmpty { row += "[/]" }
                    openLabel = ""
                    pendingSpaces.append(" ")
                    continue
                }
                row += pendingSpaces
                pendingSpaces = ""
                if label != openLabel {
                    if !openLabel.isEmpty { row += "[/]" }
                    if !label.isEmpty { row += "[" + label + "]" }
                    openLabel = label
                }
                row += cell.grapheme
            }
            if !openLabel.isEmpty { row += "[/]" }
            rows.append(row)
        }
        return rows.joined(separator: "\n")
    }
}
