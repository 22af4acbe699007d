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
        case .errorDetail: "show the last error in full"
        case .back: "back / clear the filter"
        case .quit: "quit"
        }
    }
}
