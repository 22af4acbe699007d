/// An in-memory screen: keeps the last presented grid, replays scripted keys and simulates
/// resizes, so the real app loop runs in tests and benchmarks without a terminal.
@MainActor
public final class MemoryScreen: TerminalScreen {
    /// Columns of the simulated terminal.
    public private(set) var width: Int
    /// Rows of the simulated terminal.
    public private(set) var height: Int
    /// The theme (monochrome by default, so dumps do not depend on colour).
    public var theme: Theme
    /// The last grid presented.
    public private(set) var lastGrid: Grid?
    /// Number of `present` calls.
    public private(set) var frameCount = 0
    /// Texts passed to `copyToClipboard`, oldest first.
    public private(set) var clipboard: [String] = []
    /// False after `close()`.
    public private(set) var isOpen = true
    private var pending: [Key] = []
    private var continuation: AsyncStream<Key>.Continuation?

    /// Creates a screen of the given size.
    public init(width: Int, height: Int, theme: Theme = Theme(depth: .monochrome)) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.theme = theme
    }

    /// Queues keys for `readKey` (or delivers them to a running `keys()` stream).
    public func enqueue(_ keys: [Key]) {
        guard isOpen else { return }
        if let continuation {
            keys.forEach { continuation.yield($0) }
        } else {
            pending += keys
        }
    }

    /// Changes the size and queues `.resize`, as a terminal resize would.
    public func resize(width newWidth: Int, height newHeight: Int) {
        width = max(0, newWidth)
        height = max(0, newHeight)
        enqueue([.resize])
    }

    /// Records `grid` as the current screen contents.
    public func present(_ grid: Grid) {
        guard isOpen else { return }
        lastGrid = grid
        frameCount += 1
    }

    /// The next queued key, or nil at once when none is queued (never waits).
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    /// Queued keys followed by every key enqueued later; finishes on `close()`.
    public func keys(pollIntervalMilliseconds: Int32 = 0) -> AsyncStream<Key> {
        continuation?.finish()
        let (stream, continuation) = AsyncStream.makeStream(of: Key.self)
        pending.forEach { continuation.yield($0) }
        pending = []
        if isOpen { self.continuation = continuation } else { continuation.finish() }
        return stream
    }

    /// Records the text.
    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    /// Finishes the key stream.
    public func close() {
        isOpen = false
        continuation?.finish()
        continuation = nil
    }
}
