/// How many colours the theme may use.
public enum ColorDepth: String, CaseIterable, Hashable, Sendable {
    /// No colour at all: bold, reverse, underline and dim only (`NO_COLOR` or a mono terminal).
    case monochrome
    /// The 8 ANSI colours.
    case ansi8
    /// The xterm 256-colour palette.
    case ansi256

    /// The depth a terminal reporting `colorCount` colours supports, unless `noColor` is requested.
    public static func detect(colorCount: Int, noColor: Bool) -> ColorDepth {
        if noColor || colorCount < 8 { return .monochrome }
        return colorCount >= 256 ? .ansi256 : .ansi8
    }

    /// True when `NO_COLOR` holds a non-empty value (https://no-color.org).
    public static func noColorRequested(_ value: String?) -> Bool {
        guard let value else { return false }
        return !value.isEmpty
    }
}
