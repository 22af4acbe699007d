/// One row of a `ListView`: an identifier, a title, and optional right-aligned detail.
public struct ListItem<ID: Hashable & Sendable>: Hashable, Sendable {
    /// Stable identity, kept selected across filtering and reloads.
    public let id: ID
    /// The text shown and filtered on (sanitised on creation).
    public let title: String
    /// Dimmed text shown at the right edge (sanitised on creation).
    public let detail: String?
    /// How many characters at the end of `detail` a plain detail cut to fit keeps whole (a status after the text).
    public let keptDetailEnd: Int
    /// Foreground role of the title.
    public let role: StyleRole
    /// The title's width in cells, measured once.
    let titleWidth: Int
    /// The folded title (and `alsoMatching`) the filter compares against.
    let searchKey: [UInt8]

    /// Creates an item; title and detail are sanitised, and `kept` is added to the detail's end, which a cut keeps. The
    /// filter matches the title and `alsoMatching` (such as a space key shown in the detail), never text spanning both.
    public init(id: ID, title: String, detail: String? = nil, keepingDetailEnd kept: String? = nil, role: StyleRole = .normal,
                alsoMatching: String? = nil) {
        self.id = id
        self.title = Sanitizer.clean(title)
        let end = kept.map { Sanitizer.clean($0) } ?? ""
        self.detail = detail.map { Sanitizer.clean($0) + end } ?? (end.isEmpty ? nil : end)
        keptDetailEnd = end.count
        self.role = role
        titleWidth = displayWidth(self.title)
        // A newline cannot occur in a sanitised filter, so it keeps a match from spanning title and extra text.
        searchKey = TextSearch.folded(self.title + (alsoMatching.map { "\n" + Sanitizer.clean($0) } ?? ""))
    }
}
