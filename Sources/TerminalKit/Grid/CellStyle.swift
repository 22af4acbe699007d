/// The style of one cell: a foreground role, an optional background role and attributes.
public struct CellStyle: Hashable, Sendable {
    /// Role whose foreground colour (and base attributes) the text uses.
    public var foreground: StyleRole
    /// Role whose background colour the cell uses; `nil` means the foreground role's own background.
    public var background: StyleRole?
    /// Attributes added on top of the role's base attributes.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(_ foreground: StyleRole = .normal, background: StyleRole? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The plain default style.
    public static let normal = CellStyle()

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> CellStyle {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// The dump label (`selected`, `title on selected bold`); empty for the default style.
    var dumpLabel: String {
        var parts: [String] = []
        if foreground != .normal || background != nil { parts.append(foreground.rawValue) }
        if let background { parts.append("on " + background.rawValue) }
        parts.append(contentsOf: attributes.names)
        return parts.joined(separator: " ")
    }
}
