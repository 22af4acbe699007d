/// A piece of text drawn in one style; a line of styled text is an array of runs.
public struct StyledRun: Hashable, Sendable {
    /// The text (sanitised when drawn).
    public var text: String
    /// The style the text is drawn in.
    public var style: CellStyle

    /// Creates a run.
    public init(_ text: String, style: CellStyle = .normal) {
        self.text = text
        self.style = style
    }
}
