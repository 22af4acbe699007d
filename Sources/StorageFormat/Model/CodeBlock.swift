/// A code block (code or noformat macro, `pre`, or a macro's plain-text body), text kept verbatim.
public struct CodeBlock: Sendable, Hashable {
    /// The language named by the macro, if any.
    public var language: String?
    /// The title shown above the code, if any.
    public var title: String?
    /// The exact text, indentation and blank lines included.
    public var text: String

    /// Creates a code block.
    public init(language: String? = nil, title: String? = nil, text: String) {
        self.language = language
        self.title = title
        self.text = text
    }

    /// The text without its final newline, as the code's lines are written out.
    var body: Substring {
        text.hasSuffix("\n") ? text.dropLast() : Substring(text)
    }
}
