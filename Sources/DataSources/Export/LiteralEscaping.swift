import Foundation

/// String literals for each export language, escaped so any text (quotes, backslashes, newlines,
/// control characters, `$`, backticks, any Unicode) reads back as exactly the same text, and nothing in it hides or
/// reorders what a reader of the script sees (`Unicode.Scalar.isHiddenFormatting` is escaped too).
enum LiteralEscaping {
    /// A JSON string: `"`, `\`, control characters and hidden formatting escaped; other Unicode written as is.
    static func json(_ text: String) -> String {
        quoted(text, quote: "\"", escapeSeparators: false, hex: \.unicodeEscape)
    }

    /// A Python string literal in double quotes (`$`, `{` and backticks need no escaping there).
    static func python(_ text: String) -> String {
        quoted(text, quote: "\"", escapeSeparators: true) { String(format: "\\x%02x", $0.value) }
    }

    /// A TypeScript string literal in single quotes (not a template, so `${` and backticks are inert).
    static func typeScript(_ text: String) -> String {
        quoted(text, quote: "'", escapeSeparators: true) { String(format: "\\x%02x", $0.value) }
    }

    /// A POSIX shell word in single quotes, inside which nothing is special; `'` becomes `'\''`.
    static func shell(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Text for the inside of a here-document whose closing word is unquoted (so `${NAME}` expands): `\`, `$`
    /// and backticks, the only characters special there, are escaped with a backslash.
    static func shellHereDocument(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "$" || scalar == "`" { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    /// Wraps `text` in `quote`, escaping the quote, backslash, common controls by name, other
    /// controls with `hex`, hidden formatting as `\uXXXX` (all three languages read it), and (when asked)
    /// U+2028/U+2029, which some tools take as line ends.
    private static func quoted(_ text: String, quote: Character, escapeSeparators: Bool, hex: (Unicode.Scalar) -> String) -> String {
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}" where escapeSeparators: result += "\\u2028"
            case "\u{2029}" where escapeSeparators: result += "\\u2029"
            default:
                if Character(scalar) == quote {
                    result += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += hex(scalar)
                } else if scalar.isHiddenFormatting {
                    result += scalar.unicodeEscape
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + String(quote)
    }
}
