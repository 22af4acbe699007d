public import StorageFormat
public import TerminalKit

/// The preview pane: which item it shows, its load, the parsed body, and the body rendered at the
/// pane's width (re-rendered only when the width changes).
public struct PreviewState: Sendable {
    /// The content id shown (or being loaded).
    public var targetID: String?
    /// The kind of the target.
    public var targetKind: ItemKind = .page
    /// The page load.
    public var phase: LoadPhase = .idle
    /// The loaded page.
    public var page: PageDetail?
    /// The parsed storage body of `page`.
    public var document: StorageDocument?
    /// Display names of the users `document` mentions.
    public var userNames: [UserRef: String] = [:]
    /// The body lines at `renderedWidth`, with scroll and search state.
    public var text = TextView()
    /// The width `text` was rendered for (0 before any render).
    public var renderedWidth = 0

    /// Creates an empty preview.
    public init() {}

    /// The header rows above the body for the current page (built when the page arrives).
    public var header: [[TerminalKit.StyledRun]] = []

    /// Shows `page` with its parsed body; the text is rendered by the next `rerender`.
    mutating func show(_ page: PageDetail, document: StorageDocument, userNames: [UserRef: String]) {
        self.page = page
        header = PreviewHeader.lines(page)
        self.document = document
        self.userNames = userNames
        phase = .loaded
        renderedWidth = 0
        text = TextView()
    }

    /// Renders the body for `body`'s width when that width changed, keeping the scroll position and search.
    mutating func rerender(in body: Rect, ascii: Bool) {
        guard let document else { return }
        let width = max(1, body.width)
        guard width != renderedWidth else { return }
        renderedWidth = width
        text.setLines(PageLines.render(document, width: width, ascii: ascii, userNames: userNames), viewportHeight: body.height)
    }
}
