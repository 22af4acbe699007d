/// One row of a `ListView`: an identifier, a title, and optional right-aligned detail.
public struct ListItem<ID: Hashable & Sendable>: Hashable, Sendable {
    /// Stable identity, kept selected across filtering and reloads.
    public let id: ID
    /// The text shown and filtered on (sanitised on creation).
    public let title: String
    /// Dimmed text shown at the right edge (sanitised on creation).
    public let detail: String?
    /// Foreground role of the title.
    public let role: StyleRole
    /// The title's width in cells, measured once.
    let titleWidth: Int
    /// The folded title (and `alsoMatching`) the filter compares against.
    let searchKey: [UInt8]

    /// Creates an item; title and detail are sanitised. The filter matches the title and `alsoMatching` (such as a
    /// space key shown in the detail), never text spanning both.
    public init(id: ID, title: String, detail: String? = nil, role: StyleRole = .normal, alsoMatching: String? = nil) {
        self.id = id
        self.title = Sanitizer.clean(title)
        self.detail = detail.map { Sanitizer.clean($0) }
        self.role = role
        titleWidth = displayWidth(self.title)
        // A newline cannot occur in a sanitised filter, so it keeps a match from spanning title and extra text.
        searchKey = TextSearch.folded(self.title + (alsoMatching.map { "\n" + Sanitizer.clean($0) } ?? ""))
    }
}
