/// Something a key can be bound to; the raw value is the name used in `keys.json`.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case down, up, top, bottom
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case nextPane = "next-pane", previousPane = "previous-pane"
    case left, right, open
    case filter
    case nextMatch = "next-match", previousMatch = "previous-match"
    case refresh
    case openURL = "open-url"
    case copyURL = "copy-url", copyID = "copy-id"
    case help
    case errorDetail = "error-detail"
    case back, quit
    case mark
    case filterBuilder = "filter-builder"
    case definitions
    case toCQL = "to-cql"
    case count
    case save
    case includeDescendants = "include-descendants"
    case rename, duplicate, delete, export
    case writeFile = "write-file"
    case loaderOptions = "loader-options"
    case projectID = "project-id"
    case add, test
    case ingestionPreview = "ingestion-preview"
    case fullPass = "full-pass"
    case logIn = "log-in"
    case zoom

    /// What the command does, as the help overlay and key hints say it.
    public var summary: String {
        switch self {
        case .down: "move down"
        case .up: "move up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .left: "collapse / parent / scroll left / pane left"
        case .right: "expand / scroll right / pane right"
        case .open: "open or expand"
        case .filter: "filter the list / search the page"
        case .nextMatch: "next match"
        case .previousMatch: "previous match"
        case .refresh: "refresh"
        case .openURL: "open the page in a browser"
        case .copyURL: "copy the page URL (OSC 52)"
        case .copyID: "copy the page id (OSC 52)"
        case .help: "show or hide this help"
        case .errorDetail: "show the last error or notice in full"
        case .back: "back / clear the filter"
        case .quit: "quit"
        case .mark: "mark or unmark the page or folder (for the filter builder)"
        case .filterBuilder: "filter builder: space, marked pages, label or CQL"
        case .definitions: "saved data-source definitions"
        case .toCQL: "builder: turn the selection into CQL"
        case .count: "builder/definitions: count what an ingestion pulls, as the preview does (checks CQL)"
        case .save: "builder: save as a definition"
        case .includeDescendants: "builder: include descendants of marked pages"
        case .rename: "rename a definition / edit an account"
        case .duplicate: "duplicate a definition"
        case .delete: "delete a definition / remove an account"
        case .export: "export a definition (Tab: format)"
        case .writeFile: "export: write to a file"
        case .loaderOptions: "builder/definitions: loader options"
        case .projectID: "export: set the LlamaCloud project"
        case .add: "add an account"
        case .test: "test an account (Esc stops it)"
        case .ingestionPreview: "preview what an ingestion pulls (the space, the builder's draft, a definition)"
        case .fullPass: "ingestion preview: read every page (Esc cancels)"
        case .logIn: "log in an OAuth 2.0 (3LO) account"
        case .zoom: "zoom: the focused pane fills the screen (again: back to the panes)"
        }
    }
}
