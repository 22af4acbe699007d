/// The non-border symbols widgets draw, in a Unicode and an ASCII variant.
public struct Glyphs: Hashable, Sendable {
    /// Marker of an expanded tree node.
    public let expanded: String
    /// Marker of a collapsed tree node that has (or may have) children.
    public let collapsed: String
    /// Marker of a failed load.
    public let failed: String
    /// Truncation mark.
    public let ellipsis: String
    /// Spinner frames, one per tick.
    public let spinner: [String]
    /// Marker of a marked (chosen) row.
    public let mark: String

    /// Unicode symbols.
    public static let unicode = Glyphs(expanded: "▾", collapsed: "▸", failed: "✗", ellipsis: "…",
                                       spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"], mark: "●")
    /// Plain ASCII symbols.
    public static let ascii = Glyphs(expanded: "-", collapsed: "+", failed: "x", ellipsis: "~",
                                     spinner: ["|", "/", "-", "\\"], mark: "*")

    /// The spinner frame for tick `frame` (any integer, wraps around).
    public func spinnerFrame(_ frame: Int) -> String {
        let count = spinner.count
        return spinner[((frame % count) + count) % count]
    }
}
