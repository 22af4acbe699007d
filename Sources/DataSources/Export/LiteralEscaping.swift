import Foundation

/// String literals for each export language, escaped so any text (quotes, backslashes, newlines,
/// control characters, `$`, backticks, any Unicode) reads back as exactly the same text, and nothing in it hides or
/// reorders what a reader of the script sees (`Unicode.Scalar.isHiddenFormatting` is escaped too).
enum LiteralEscaping {
    /// A JSON string: `"`, `\`, control characters and hidden formatting escaped; other Unicode written as is.
    static func json(_ text: String) -> String {
        quoted(text, quote: "\"", escapeSeparators: false, escape: \.utf16Escape)
    }

    /// A Python string literal in double quotes (`$`, `{` and backticks need no escaping there).
    static func python(_ text: String) -> String {
        quoted(text, quote: "\"", escapeSeparators: true, escape: \.pythonEscape)
    }

    /// A TypeScript string literal in single quotes (not a template, so `${` and backticks are inert).
    static func typeScript(_ text: String) -> String {
        quoted(text, quote: "'", escapeSeparators: true, escape: \.utf16Escape)
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

    /// Wraps `text` in `quote`, escaping the quote, backslash, common controls by name, other controls and hidden
    /// formatting with `escape`, and (when asked) U+2028/U+2029, which some tools take as line ends.
    private static func quoted(_ text: String, quote: Character, escapeSeparators: Bool, escape: (Unicode.Scalar) -> String) -> String {
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
                } else if scalar.isHiddenFormatting {
                    result += escape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + String(quote)
    }
}
