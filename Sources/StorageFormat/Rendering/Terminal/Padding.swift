/// Runs of spaces and border glyphs, cached for the common short lengths.
enum Padding {
    private static let spaceCache: [String] = (0...256).map { String(repeating: " ", count: $0) }

    /// `count` spaces.
    static func spaces(_ count: Int) -> String {
        count <= 256 ? spaceCache[max(0, count)] : String(repeating: " ", count: count)
    }

    private static let boxLines: [String] = (0...256).map { String(repeating: "─", count: $0) }
    private static let asciiLines: [String] = (0...256).map { String(repeating: "-", count: $0) }

    /// `glyph` repeated `count` times (box and ASCII horizontal lines are cached).
    static func repeated(_ glyph: String, _ count: Int) -> String {
        let count = max(0, count)
        if count <= 256 {
            if glyph == "─" { return boxLines[count] }
            if glyph == "-" { return asciiLines[count] }
        }
        return String(repeating: glyph, count: count)
    }
}
