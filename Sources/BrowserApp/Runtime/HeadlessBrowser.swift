public import TerminalKit

/// Drives the real reducer, effect runner and views without a terminal: press keys, wait for the
/// loads they start, and read the grid. For tests and benchmarks.
@MainActor
public final class HeadlessBrowser {
    /// The driver underneath.
    public let driver: AppDriver
    /// Texts the copy commands put on the clipboard, oldest first.
    public private(set) var copied: [String] = []

    /// Starts a browser on `backend` at `width` x `height`. Without options the preview loads with
    /// no debounce and URLs are shown rather than opened.
    public init(backend: any BrowserBackend, width: Int, height: Int, options: BrowserOptions? = nil,
                theme: Theme = Theme()) {
        let chosen = options ?? BrowserOptions(accounts: [Account(name: backend.displayName, detail: "demo")],
                                               previewDelayMilliseconds: 0, openURL: { .showURL($0) })
        var record: ((String) -> Void)?
        driver = AppDriver(backend: backend, width: width, height: height, options: chosen, theme: theme,
                           clipboard: { record?($0) })
        record = { [unowned self] in self.copied.append($0) }
    }

    /// The current state.
    public var state: AppState { driver.state }

    /// The screen as it would be drawn now.
    public var grid: Grid { driver.frame() }

    /// Presses keys one by one, letting the loads each starts finish before the next.
    public func press(_ keys: Key..., settle: Bool = true) async {
        for key in keys {
            driver.send(.key(key))
            if settle { await self.settle() }
        }
    }

    /// Types text (each character as a key press).
    public func type(_ text: String) async {
        for character in text { await press(.char(character)) }
    }

    /// Resizes the screen.
    public func resize(width: Int, height: Int) {
        driver.send(.resize(width: width, height: height))
    }

    /// Waits until `condition` holds, applying results as they arrive (at most `timeout`); whether it held.
    public func wait(until condition: (AppState) -> Bool, timeout: Duration = .seconds(60)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        repeat {
            driver.drainResults()
            if condition(state) { return true }
            try? await Task.sleep(for: .milliseconds(1))
        } while ContinuousClock.now < deadline
        return false
    }

    /// Waits until no effect is running and every result has been applied (at most `timeout`).
    public func settle(timeout: Duration = .seconds(60)) async {
        _ = await wait(until: { _ in driver.isSettled }, timeout: timeout)
    }
}
