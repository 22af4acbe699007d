public import TerminalKit

/// The core shared by the terminal loop and the headless driver: holds the state, feeds actions
/// through the reducer, hands effects to the runner and draws frames.
@MainActor
public final class AppDriver {
    /// The current state.
    public private(set) var state: AppState
    /// The theme frames are drawn with.
    public let theme: Theme
    let runner: EffectRunner
    private let tickMilliseconds: UInt64
    private var lastTick: UInt64 = 0
    /// Whether an action was applied since the last frame was drawn.
    public private(set) var isDirty = true

    /// Creates a driver for a `width` x `height` screen and starts loading the spaces; `clipboard`
    /// receives the text of copy commands.
    public init(backend: any BrowserBackend, width: Int, height: Int, options: BrowserOptions, theme: Theme,
                clipboard: @escaping @MainActor (String) -> Void) {
        var accounts = options.accounts
        if accounts.isEmpty { accounts = [Account(name: backend.displayName, detail: "")] }
        state = AppState(width: width, height: height, accounts: accounts, activeAccount: options.activeAccount,
                         canSwitchAccounts: options.connect != nil, keyMap: options.keyMap, keyMapError: options.keyMapError,
                         ascii: theme.border == .ascii, previewDelayMilliseconds: options.previewDelayMilliseconds,
                         accountAuthKinds: options.accountManager?.authKinds)
        state.definitionsLastUntilExit = options.definitionsLastUntilExit
        self.theme = theme
        tickMilliseconds = options.tickMilliseconds
        runner = EffectRunner(backend: backend, openURL: options.openURL, clipboard: clipboard, connect: options.connect,
                              definitionStore: options.definitionStore, accountManager: options.accountManager)
        runner.startEvents()
        send(.start)
    }

    /// Applies one action and runs the effects it asks for.
    public func send(_ action: AppAction) {
        runner.run(state.reduce(action))
        isDirty = true
    }

    /// Applies every result waiting in the mailbox, and a tick when one is due while something loads.
    public func drainResults() {
        for action in runner.mailbox.drain() { send(action) }
        let now = runner.now
        if state.isBusy, now >= lastTick + tickMilliseconds {
            lastTick = now
            send(.tick(milliseconds: now))
        }
    }

    /// True when no effect task runs and no result waits.
    public var isSettled: Bool { runner.mailbox.isIdle }

    /// The current frame; clears `isDirty`.
    public func frame() -> Grid {
        isDirty = false
        return AppView.grid(for: state, theme: theme)
    }

    /// Cancels everything still running.
    public func shutdown() {
        runner.mailbox.onPost(nil)
        runner.cancelAll()
    }
}
