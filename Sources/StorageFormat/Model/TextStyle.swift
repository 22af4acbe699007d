/// Character styles of inline text.
public struct TextStyle: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    /// Creates a style set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (`strong`, `b`).
    public static let strong = TextStyle(rawValue: 1 << 0)
    /// Italic (`em`, `i`).
    public static let emphasis = TextStyle(rawValue: 1 << 1)
    /// Inline code (`code`, `tt`, `kbd`).
    public static let code = TextStyle(rawValue: 1 << 2)
    /// Strikethrough (`s`, `del`, `strike`).
    public static let strike = TextStyle(rawValue: 1 << 3)
    /// Underline (`u`, `ins`).
    public static let underline = TextStyle(rawValue: 1 << 4)
    /// Subscript.
    public static let `subscript` = TextStyle(rawValue: 1 << 5)
    /// Superscript.
    public static let superscript = TextStyle(rawValue: 1 << 6)
}
