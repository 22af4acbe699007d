/// A modal layer above the panes.
public enum Overlay: Hashable, Sendable {
    /// The key bindings, scrolled by `offset` rows.
    case help(offset: Int)
    /// The last error in full.
    case errorDetail
    /// The status line's text in full when it was cut (`e` when no error is shown): a notice, an account's last test.
    case notice(String)
    /// A message such as a URL that could not be opened.
    case message(title: String, body: String)
}
