import Foundation

extension Unicode.Scalar {
    /// Whether the scalar is invisible where code or JSON is read yet changes what is read: a C1 control (0x80–0x9F, which
    /// some terminals act on), a bidi control that reorders text around it (Trojan Source), or a zero-width character.
    /// Exports write such scalars escaped, so a hostile title or query cannot hide text in a generated script.
    var isHiddenFormatting: Bool {
        switch value {
        case 0x80...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// The scalar written `\uXXXX`, which JSON, Python and TypeScript strings all read back (scalars below U+10000).
    var unicodeEscape: String { String(format: "\\u%04x", value) }
}
