import Foundation

extension Unicode.Scalar {
    /// The scalar's code point as Unicode writes it (`U+202E`), for a sentence naming a character that may not show.
    var codePoint: String { String(format: "U+%04X", value) }
}
