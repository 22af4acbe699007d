/// JSON text made safe to show and to paste: what `Unicode.Scalar.isHiddenFormatting` names is written `\uXXXX`.
public enum JSONEscaping {
    /// `json` (a whole document, where such scalars can only stand inside strings) with them escaped; it parses to
    /// the same value.
    public static func escapingHiddenFormatting(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: \.isHiddenFormatting) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.isHiddenFormatting {
                result.append(contentsOf: scalar.utf16Escape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
