/// A piece of inline content within a paragraph, heading, cell or caption.
///
/// - Note: The large payloads are `indirect`, so text, by far the most common case, takes 24 bytes
///   in its array instead of the size of a link.
public enum Inline: Sendable, Hashable {
    /// Text with styles.
    case text(String, TextStyle)
    /// A hard line break (`br`).
    case lineBreak
    /// A link to a URL, page, blog post, attachment, user, space or anchor.
    indirect case link(Link)
    /// An image, attached or external.
    indirect case image(Image)
    /// An emoticon or emoji.
    indirect case emoticon(Emoticon)
    /// A status lozenge.
    case status(Status)
    /// A date (`<time datetime>`), as written, with the styles around it.
    case date(String, TextStyle = [])
    /// A Jira issue key, with the styles around it.
    case jiraIssue(String, TextStyle = [])
    /// A named place on the page (the anchor macro) that anchor links point at; it shows nothing.
    case anchor(String)
}
