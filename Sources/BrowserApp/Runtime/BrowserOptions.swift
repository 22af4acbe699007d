public import DataSources
public import TerminalKit

/// How to run the browser: accounts shown, key map, theme, timing and side effects.
public struct BrowserOptions: Sendable {
    /// The accounts pane's entries (the backend belongs to `activeAccount`); empty shows the backend's name.
    public var accounts: [Account]
    /// Index of the account the backend belongs to.
    public var activeAccount: Int
    /// The key bindings.
    public var keyMap: KeyMap
    /// The error from loading `keys.json`, shown at start.
    public var keyMapError: KeyMapError?
    /// Colours and borders; nil uses the screen's theme.
    public var theme: Theme?
    /// Debounce before the preview loads the selected page.
    public var previewDelayMilliseconds: Int
    /// How often the key stream wakes to notice a resize.
    public var keyPollMilliseconds: Int32
    /// Spinner and retry-countdown refresh period while something loads.
    public var tickMilliseconds: UInt64
    /// Opens page URLs (`o`).
    public var openURL: URLOpener
    /// Makes the backend of another account; nil means the accounts pane cannot switch.
    public var connect: AccountConnector?
    /// Where definitions are saved and listed; nil means this session cannot save definitions.
    public var definitionStore: DefinitionStore?
    /// Adds, edits, tests and removes configured accounts; nil means the accounts pane only lists.
    public var accountManager: (any AccountManager)?
    /// Whether the definitions saved are discarded when the browser quits (the demo's): each save says so.
    public var definitionsLastUntilExit = false

    /// Creates options; the defaults suit an interactive terminal (`xdg-open` for URLs).
    public init(accounts: [Account] = [], activeAccount: Int = 0, keyMap: KeyMap = .defaults, keyMapError: KeyMapError? = nil,
                theme: Theme? = nil, previewDelayMilliseconds: Int = 120, keyPollMilliseconds: Int32 = 100,
                tickMilliseconds: UInt64 = 100, openURL: @escaping URLOpener = SystemURLOpener.open,
                connect: AccountConnector? = nil, definitionStore: DefinitionStore? = nil,
                accountManager: (any AccountManager)? = nil) {
        self.accounts = accounts
        self.activeAccount = activeAccount
        self.keyMap = keyMap
        self.keyMapError = keyMapError
        self.theme = theme
        self.previewDelayMilliseconds = previewDelayMilliseconds
        self.keyPollMilliseconds = keyPollMilliseconds
        self.tickMilliseconds = tickMilliseconds
        self.openURL = openURL
        self.connect = connect
        self.definitionStore = definitionStore
        self.accountManager = accountManager
    }
}
