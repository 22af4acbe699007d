import Foundation

extension Unicode.Scalar {
    /// Whether the scalar is a control character (C0, DEL, C1, which some terminals act on) or an invisible formatting
    /// one (bidi controls that reorder the text around them, zero-width characters, tag characters): invisible where a
    /// script, JSON or a key is read, yet changing what is read. Exports write such scalars escaped, and selector values
    /// may not hold them.
    public var isHiddenFormatting: Bool {
        [.control, .format].contains(properties.generalCategory)
    }

    /// The scalar as `\uXXXX`, or above U+FFFF as its UTF-16 surrogate pair `\uXXXX\uXXXX`: how JSON and TypeScript
    /// strings spell any scalar.
    var utf16Escape: String {
        String(Character(self)).utf16.map { String(format: "\\u%04x", $0) }.joined()
    }

    /// The scalar as `\uXXXX`, or above U+FFFF as `\UXXXXXXXX`: how Python strings spell any scalar.
    var pythonEscape: String {
        value > 0xFFFF ? String(format: "\\U%08x", value) : String(format: "\\u%04x", value)
    }
}
