/// A modal layer above the panes.
public enum Overlay: Hashable, Sendable {
    /// The key bindings, scrolled by `offset` rows.
    case help(offset: Int)
    /// The last error in full.
    case errorDetail
    /// A message such as a URL that could not be opened.
    case message(title: String, body: String)
}
