/// A block of page content, in reading order.
///
/// - Note: The largest payloads are `indirect`, keeping every block in an array at 24 bytes.
public enum Block: Sendable, Hashable {
    /// A heading (`h1`...`h6`).
    case heading(Heading)
    /// A paragraph of inline content.
    case paragraph([Inline])
    /// An ordered, unordered or task list.
    case list(ListBlock)
    /// A table, with spans kept.
    case table(Table)
    /// A code or preformatted block, text kept exactly.
    indirect case code(CodeBlock)
    /// A block quote.
    case quote([Block])
    /// An info, note, warning, tip, success, error or custom panel.
    indirect case panel(Panel)
    /// An expand (collapsible section).
    case expand(Expand)
    /// A page layout: sections of cells, in reading order.
    case layout([LayoutSection])
    /// A table of contents generated from the page's headings.
    indirect case tableOfContents(TableOfContents)
    /// A macro the renderers do not interpret: a one-line marker, then its body.
    indirect case macro(MacroBlock)
    /// A horizontal rule.
    case rule
}
