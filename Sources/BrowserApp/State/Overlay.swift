/// A modal layer above the panes.
public enum Overlay: Hashable, Sendable {
    /// The key bindings, scrolled by `offset` rows.
    case help(offset: Int)
    /// The last error in full.
    case errorDetail
    /// The status line's last notice in full (`e` when no error is shown).
    case notice(String)
    /// A message such as a URL that could not be opened.
    case message(title: String, body: String)
}
