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
    /// The content on one line, as a table of contents lists it and Markdown makes its anchor: line breaks, in link
    /// text too, are spaces.
    var singleLineContent: [Inline] { isText ? content : Self.singleLine(content) }

    /// The content whose text GitHub makes the heading's anchor from, and a Markdown table of contents labels it with:
    /// on one line, without its images, which add no text to a rendered heading.
    var anchorContent: [Inline] {
        isText ? content : Self.singleLine(content).filter { if case .image = $0 { false } else { true } }
    }

    /// Whether the content is text alone (most headings), which neither reading changes.
    private var isText: Bool {
        content.allSatisfy { if case .text = $0 { true } else { false } }
    }

    private static func singleLine(_ inlines: [Inline]) -> [Inline] {
        inlines.map { inline -> Inline in
            switch inline {
            case .lineBreak:
                return .text(" ", [])
            case .link(var link):
                link.body = singleLine(link.body)
                return .link(link)
            default:
                return inline
            }
        }
    }
}
