/// Terminal text attributes that survive monochrome mode.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bit set.
    public let rawValue: UInt8
    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold or bright text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Swapped foreground and background.
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Faint text.
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Short names in a fixed order, used by the styled dump.
    var names: [String] {
        var result: [String] = []
        if contains(.bold) { result.append("bold") }
        if contains(.reverse) { result.append("reverse") }
        if contains(.underline) { result.append("underline") }
        if contains(.dim) { result.append("dim") }
        return result
    }
}
