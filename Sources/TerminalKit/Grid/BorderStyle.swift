/// How box borders are drawn: Unicode light or rounded lines, or plain ASCII.
public enum BorderStyle: String, CaseIterable, Hashable, Sendable {
    /// `┌─┐` square corners.
    case light
    /// `╭─╮` rounded corners.
    case rounded
    /// `+-+` plain ASCII (the `--ascii` option).
    case ascii

    /// The characters of one border style.
    public struct Glyphs: Hashable, Sendable {
        /// Top and bottom edges.
        public let horizontal: Character
        /// Left and right edges.
        public let vertical: Character
        /// Top-left corner.
        public let topLeft: Character
        /// Top-right corner.
        public let topRight: Character
        /// Bottom-left corner.
        public let bottomLeft: Character
        /// Bottom-right corner.
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
    public var ellipsis: String { self == .ascii ? "." : "…" }
}
