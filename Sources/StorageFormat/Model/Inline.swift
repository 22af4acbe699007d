/// A piece of inline content within a paragraph, heading, cell or caption.
public enum Inline: Sendable, Hashable {
    /// Text with styles.
    case text(String, TextStyle)
    /// A hard line break (`br`).
    case lineBreak
    /// A link to a URL, page, blog post, attachment, user, space or anchor.
    case link(Link)
    /// An image, attached or external.
    case image(Image)
    /// An emoticon or emoji.
    case emoticon(Emoticon)
    /// A status lozenge.
    case status(Status)
    /// A date (`<time datetime>`), as written.
    case date(String)
    /// A Jira issue key.
    case jiraIssue(String)
}
