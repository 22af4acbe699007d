/// How box borders are drawn: Unicode light or rounded lines, or plain ASCII.
public enum BorderStyle: String, CaseIterable, Hashable, Sendable {
    case light, rounded, ascii

    /// The characters of one border style.
    public struct Glyphs: Hashable, Sendable {
        public let horizontal: Character
        public let vertical: Character
        public let topLeft: Character
        public let topRight: Character
        public let bottomLeft: Character
        public let bottomRight: Character
    }

    /// The characters this style draws with.
    public var glyphs: Glyphs {
        switch self {
        case .light: Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
        case .rounded: Glyphs(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
        case .ascii: Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
        }
    }

    /// The truncation mark that matches the style (ASCII mode never emits non-ASCII).
    public var ellipsis: String { self == .ascii ? "~" : "…" }
}
