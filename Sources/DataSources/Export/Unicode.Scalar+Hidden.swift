import Foundation

/// How exports spell a scalar that `isHiddenFormatting` (ConfluenceKit) names.
extension Unicode.Scalar {
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
