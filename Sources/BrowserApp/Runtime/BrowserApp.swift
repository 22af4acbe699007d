public import TerminalKit

/// The terminal browser's entry point.
@MainActor
public enum BrowserApp {
    /// What wakes the loop.
    private enum Event: Sendable {
        case key(Key)
        case wake
        /// Time to draw: queued behind the events already waiting, so a burst of keys (a paste without bracketed paste,
        /// a held key) is answered by one frame rather than one per key.
        case present
        case closed
    }

    /// Runs the browser on `screen` until the user quits or the screen's key stream ends, and
    /// returns the final state. The loop sleeps until a key, a network result or a tick arrives
    /// (the main actor never blocks on input or the network), and presents a frame only after
    /// something changed the state, once the events already waiting are handled.
    @discardableResult
    public static func run(screen: any TerminalScreen, backend: any BrowserBackend, options: BrowserOptions = BrowserOptions()) async -> AppState {
        let driver = AppDriver(backend: backend, width: screen.width, height: screen.height, options: options,
                               theme: options.theme ?? screen.theme, clipboard: { [weak screen] text in screen?.copyToClipboard(text) })
        let (events, continuation) = AsyncStream.makeStream(of: Event.self)
        driver.runner.mailbox.onPost { continuation.yield(.wake) }
        continuation.yield(.wake) // results posted before the hook was installed
        let keys = screen.keys(pollIntervalMilliseconds: options.keyPollMilliseconds)
        let keyTask = Task { @MainActor in
            for await key in keys { continuation.yield(.key(key)) }
            continuation.yield(.closed)
        }
        let tick = options.tickMilliseconds
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(tick))
                continuation.yield(.wake)
            }
        }
        defer {
            keyTask.cancel()
            ticker.cancel()
            continuation.finish()
            driver.shutdown()
        }
        screen.present(driver.frame())
        var presentQueued = false
        for await event in events {
            switch event {
            case .key(.resize):
                driver.send(.resize(width: screen.width, height: screen.height))
            case .key(let key):
                driver.send(.key(key))
            case .wake:
                break
            case .present:
                presentQueued = false
                if driver.isDirty { screen.present(driver.frame()) }
                continue
            case .closed:
                return driver.state
            }
            driver.drainResults()
            if driver.state.isFinished { break }
            if driver.isDirty, !presentQueued {
                presentQueued = true
                continuation.yield(.present)
            }
        }
        return driver.state
    }
}
