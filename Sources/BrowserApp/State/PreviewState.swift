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
    /// The pages below the page as far as the tree has loaded them, named by its `children` macros.
    public private(set) var childPages: [ChildPage] = []
    /// How many levels of pages below the page its `children` macro names (0 when it has none).
    public private(set) var childLevels = 0
    /// Why the page shown is an earlier copy rather than the last load's answer (nil: it is that answer).
    public private(set) var staleness: Staleness?

    /// How an earlier copy of the page stands against the site.
    public enum Staleness: Hashable, Sendable {
        /// A load of the page is in flight.
        case refreshing
        /// The last load of the page failed with this sentence.
        case refreshFailed(String)

        /// What the pane's title says of the copy: `cached · refreshing…` or `cached · refresh failed: REASON`.
        func mark(ellipsis: String) -> String {
            switch self {
            case .refreshing: "cached · refreshing" + ellipsis
            case .refreshFailed(let reason): "cached · refresh failed: " + reason
            }
        }
    }

    /// Creates an empty preview.
    public init() {}

    /// The header rows above the body for the current page (built when the page arrives).
    public var header: [[TerminalKit.StyledRun]] = []

    /// The rows the header takes in a pane `width` wide (a long title wraps onto a second).
    func headerRows(width: Int) -> Int {
        PreviewHeader.rowCount(header, width: width)
    }

    /// Shows `page` with its parsed body, as the site just sent it; the text is rendered by the next `rerender`.
    mutating func show(_ page: PageDetail, document: StorageDocument, userNames: [UserRef: String]) {
        display(page, document: document, userNames: userNames, staleness: nil)
        phase = .loaded
    }

    /// Shows an earlier copy of `page` while a load of it is in flight, marked as cached in the pane's title.
    mutating func showCached(_ page: PageDetail, document: StorageDocument, userNames: [UserRef: String]) {
        display(page, document: document, userNames: userNames, staleness: .refreshing)
    }

    /// The load failed with `message`: a page already shown stays, marked as a cached copy whose refresh failed.
    mutating func loadFailed(_ message: String) {
        phase = .failed(message)
        guard page != nil else { return }
        staleness = .refreshFailed(message)
    }

    /// Puts `page` in view; another copy of the page shown keeps its scroll position and search.
    private mutating func display(_ page: PageDetail, document: StorageDocument, userNames: [UserRef: String], staleness: Staleness?) {
        if self.page?.id != page.id {
            text = TextView()
            childPages = []
        }
        self.page = page
        self.staleness = staleness
        header = PreviewHeader.lines(page)
        self.document = document
        childLevels = document.childrenListing?.fetchedLevels ?? 0
        self.userNames = userNames
        renderedWidth = 0
    }

    /// Names the pages below the page, as the tree knows them, for its `children` macros; the body renders again when
    /// they change.
    mutating func setChildPages(_ pages: [ChildPage]) {
        guard pages != childPages else { return }
        childPages = pages
        renderedWidth = 0
    }

    /// Renders the body for `body`'s width when that width changed, keeping the scroll position and search.
    mutating func rerender(in body: Rect, ascii: Bool) {
        guard let document else { return }
        let width = max(1, body.width)
        guard width != renderedWidth else { return }
        renderedWidth = width
        text.setLines(PageLines.render(document, width: width, ascii: ascii, userNames: userNames, childPages: childPages),
                      viewportHeight: body.height, viewportWidth: body.width)
    }
}
