public import TerminalKit

/// The `/` line being edited: a list filter or a preview search.
public struct InputState: Hashable, Sendable {
    /// The pane the text applies to.
    public var pane: Pane
    /// The field.
    public var field: LineInput

    /// Creates an input for `pane` starting with `text`.
    public init(pane: Pane, text: String = "") {
        self.pane = pane
        field = LineInput(text: text, prompt: "/")
    }
}
