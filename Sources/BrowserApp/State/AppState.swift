/// The whole state of the browser. A value: the reducer (`reduce`) changes it, views draw it.
public struct AppState: Sendable {
    /// Terminal columns.
    public internal(set) var width: Int
    /// Terminal rows.
    public internal(set) var height: Int
    /// The focused pane.
    public internal(set) var focus: Pane = .spaces
    /// Whether the focused pane fills the screen (`z`).
    public internal(set) var zoomed = false
    /// The accounts pane.
    public internal(set) var accounts: AccountsState
    /// The spaces pane.
    public internal(set) var spaces = SpacesState()
    /// The page-tree pane.
    public internal(set) var tree = TreeState()
    /// The preview pane.
    public internal(set) var preview = PreviewState()
    /// The pages loaded lately, shown again at once (marked cached) when the preview returns to them.
    public internal(set) var pageCache = PageCache()
    /// Request state, last error and notice.
    public internal(set) var status = StatusState()
    /// The overlay shown above the panes, if any.
    public internal(set) var overlay: Overlay?
    /// Pages marked in the tree (`Space`) for the filter builder.
    public internal(set) var marks = MarkSet()
    /// The filter builder overlay, when open.
    public internal(set) var builder: FilterBuilderState? {
        // A count's refusal leaves the status line with the draft it refused (`e` still shows it).
        didSet { if status.lastError?.load == .builderCount, builder?.check.isFailed != true { status.dismissError() } }
    }
    /// The draft the builder held when it was last closed unsaved, which `f` opens again.
    public internal(set) var closedBuilder: FilterBuilderState?
    /// The definitions overlay, when open.
    public internal(set) var definitions: DefinitionsState?
    /// The LlamaCloud project id the export view's scripts create the data source in (`I`), kept for the session.
    public internal(set) var llamaCloudProjectID: String?
    /// The ingestion preview overlay (above the builder or the definitions), when open.
    public internal(set) var ingestion: IngestionState?
    /// The auth kinds the account form offers (from the account manager).
    public internal(set) var accountAuthKinds: [AuthKindChoice] = []
    /// Whether the definitions saved are discarded when the browser quits (see `BrowserOptions`).
    public var definitionsLastUntilExit = false
    /// Whether definitions were saved this session and, as last seen, not all deleted: with `definitionsLastUntilExit`,
    /// `q` asks once before they go.
    var holdsSessionDefinitions = false
    /// The definition the filter builder saved last, which the definitions overlay opens on once.
    var lastSavedDefinition: String?
    /// Whether the last key was a `q` that asked before quitting; another `q` quits.
    var quitAsked = false
    /// The `/` line being edited, if any.
    public internal(set) var input: InputState?
    /// The key bindings.
    public let keyMap: KeyMap
    /// Whether borders and page bodies use ASCII only.
    public let ascii: Bool
    /// How long the preview waits after the selection settles before loading a page.
    public var previewDelayMilliseconds: Int
    /// The spinner frame, advanced by ticks while something loads.
    public internal(set) var spinnerFrame = 0
    /// The app clock in milliseconds, from ticks and request events.
    public internal(set) var clock: UInt64 = 0
    /// True once the user quit.
    public internal(set) var isFinished = false
    var lastToken: UInt64 = 0

    /// Creates the state for a `width` x `height` terminal. A key-map error is shown as the last error.
    public init(width: Int, height: Int, accounts: [Account], activeAccount: Int = 0, canSwitchAccounts: Bool = false,
                keyMap: KeyMap = .defaults, keyMapError: KeyMapError? = nil, ascii: Bool = false,
                previewDelayMilliseconds: Int = 120, accountAuthKinds: [AuthKindChoice]? = nil) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.accounts = AccountsState(accounts: accounts, active: activeAccount, canSwitch: canSwitchAccounts)
        self.keyMap = keyMap
        self.ascii = ascii
        self.previewDelayMilliseconds = previewDelayMilliseconds
        if let accountAuthKinds {
            self.accounts.canManage = true
            self.accountAuthKinds = accountAuthKinds
        }
        if let keyMapError { status.lastError = ErrorReport(message: keyMapError.description) }
    }

    /// Whether `z` has something to do: undo a zoom, or zoom where the screen shows more than one pane.
    var canToggleZoom: Bool { zoomed || LayoutMode.forWidth(width) != .single }

    /// Where everything goes at the current size and focus.
    public var layout: Layout {
        Layout(width: width, height: height, focus: focus, accountCount: accounts.accounts.count, zoomed: zoomed)
    }

    /// Whether anything is loading or waiting, so ticks change what is drawn.
    public var isBusy: Bool {
        accounts.switching != nil || spaces.phase.pendingToken != nil || tree.rootsPhase.pendingToken != nil || !tree.pendingChildren.isEmpty
            || preview.phase.pendingToken != nil || !status.inFlight.isEmpty || !status.retries.isEmpty
            || builder?.check.pendingToken != nil || builder?.expansion != nil || builder?.labelPhase.pendingToken != nil || builder?.saving != nil
            || definitions?.phase.pendingToken != nil
            || ingestion?.quickPhase.pendingToken != nil || ingestion?.pass.pendingToken != nil
            || ingestion?.preview.phase.pendingToken != nil
            || !accounts.testing.isEmpty || accounts.loading != nil || accounts.form?.saving != nil
    }

    /// A fresh token for a load.
    mutating func nextToken() -> RequestToken {
        lastToken += 1
        return RequestToken(lastToken)
    }
}
