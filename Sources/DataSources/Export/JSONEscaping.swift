/// JSON text made safe to show and to paste: what `Unicode.Scalar.isHiddenFormatting` names is written `\uXXXX`.
public enum JSONEscaping {
    /// `json` (a whole document from an encoder, which escapes the control characters inside strings, so the tabs,
    /// newlines and carriage returns left are the layout's own) with the other hidden formatting escaped, which can
    /// only stand inside strings; it parses to the same value.
    public static func escapingHiddenFormatting(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isEscaped) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isEscaped(scalar) {
                result.append(contentsOf: scalar.utf16Escape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `scalar` is written escaped: hidden formatting other than JSON's own whitespace.
    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isHiddenFormatting && scalar != "\n" && scalar != "\r" && scalar != "\t"
    }
}
