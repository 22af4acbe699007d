/// A heading of level 1 to 6.
public struct Heading: Sendable, Hashable {
    /// 1 for `h1` through 6 for `h6`.
    public var level: Int
    /// The heading text.
    public var content: [Inline]

    /// Creates a heading.
    public init(level: Int, content: [Inline]) {
        self.level = level
        self.content = content
    }
}

extension Heading {
    /// The content on one line, as a table of contents lists it and Markdown makes its anchor: line breaks are spaces.
    var singleLineContent: [Inline] {
        content.map { inline in
            if case .lineBreak = inline { .text(" ", []) } else { inline }
        }
    }
}
