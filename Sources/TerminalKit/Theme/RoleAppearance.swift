/// The concrete colours and attributes a style resolves to.
public struct RoleAppearance: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Cell background colour.
    public var background: TerminalColor
    /// Attributes to switch on.
    public var attributes: TextAttributes

    /// Creates an appearance.
    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
