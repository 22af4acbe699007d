public import DataSources
public import TerminalKit

/// The ingestion preview overlay (`P` from the filter builder or the definitions): the quick look (count and first
/// pages with space and breadcrumb), the full pass (`F`: progress, then the report), and the listed page rendered.
public struct IngestionState: Sendable {
    /// Which pages the list shows.
    public enum Listing: Hashable, Sendable {
        /// The quick look's first pages, in selection order.
        case first
        /// The report's largest pages, then the pages that failed to load.
        case report
    }

    /// What is previewed, as the title says it (a definition's name, or `draft`).
    public var name: String
    /// The selection previewed.
    public var selector: ConfluenceDataSource.Selector
    /// The quick look's load.
    public var quickPhase: LoadPhase
    /// The quick look, once it arrived.
    public var quick: IngestQuickLook?
    /// The full pass.
    public var pass: FullPassPhase = .idle
    /// Which pages the list shows.
    public var listing: Listing = .first
    /// The listed pages, keyed by page id; the first pages' details are breadcrumbs, the report's are figures.
    public var list: ListView<String> = {
        var list = ListView<String>()
        list.pathSeparator = IngestionState.breadcrumbSeparator
        return list
    }()
    /// Between the parts of a listed page's breadcrumb (space key first).
    static let breadcrumbSeparator = " › "
    /// The selected page, rendered as the preview pane renders pages.
    public var preview = PreviewState()
    /// The words of the pages pane's title search the overlay lists the hits of (nil for an ingestion preview).
    public var titleSearch: String?
    /// The page Enter was pressed on before it loaded: shown in the tree when it arrives.
    public var revealWhenLoaded: String?

    /// Opens the overlay on `selector`, its quick look loading with `token`.
    /// The saved definition previewed, whose counts are recorded in it (nil for a draft, a space or a title search).
    public var definition: String?

    init(name: String, selector: ConfluenceDataSource.Selector, token: RequestToken) {
        self.name = name
        self.selector = selector
        quickPhase = .loading(token)
    }

    /// Whether the quick look found no page at all, which leaves a full pass nothing to measure.
    var holdsNoPages: Bool { quickPhase == .loaded && quick?.total == 0 }

    /// Fills the list for `listing` from the quick look or the report and selects its first page.
    mutating func showListing(_ listing: Listing, rows: Int) {
        self.listing = listing
        list.pathSeparator = listing == .first ? Self.breadcrumbSeparator : nil
        switch listing {
        case .first:
            list.setItems((quick?.first ?? []).map { entry in
                // A folder (no page, pulled without text) is tagged and coloured; the count line says how many there are.
                ListItem(id: entry.id, title: entry.tags + entry.title,
                         detail: entry.breadcrumb.joined(separator: Self.breadcrumbSeparator), role: entry.isPage ? .normal : .warning)
            })
        case .report:
            let report = pass.report
            let largest = (report?.largestPages ?? []).map { page in
                ListItem(id: page.id, title: page.title, detail: "\(Plural.grouped(page.characters)) chars")
            }
            let failed = (report?.failedPages ?? []).map { failure in
                ListItem(id: failure.id, title: failure.title ?? "page \(failure.id)", detail: failure.reason, role: .error)
            }
            list.setItems(largest + failed)
        }
        list.selectFirst(viewportHeight: rows)
    }

}
