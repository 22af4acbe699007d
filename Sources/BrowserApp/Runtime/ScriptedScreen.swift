public import TerminalKit

/// An in-memory screen that plays a script of keys, resizes and waits for text through the real
/// loop, for end-to-end tests and the latency benchmark. Like a person, it sends the next key only
/// after the frame answering the previous one was presented, so each recorded latency covers one key.
/// The key stream ends (and the loop returns) when the script is done or a wait times out.
@MainActor
public final class ScriptedScreen: TerminalScreen {
    /// One step of a script.
    public enum Step: Sendable {
        /// Press a key.
        case key(Key)
        /// Type each character of a string.
        case text(String)
        /// Resize the screen.
        case resize(width: Int, height: Int)
        /// Wait until the presented frame contains the text; the run stops after `timeoutMilliseconds`.
        case waitForText(String, timeoutMilliseconds: Int)
    }

    /// One key and how long it took until the next frame was presented.
    public struct KeyTiming: Sendable {
        /// The key.
        public let key: Key
        /// From the key being delivered to the loop to the next `present`.
        public let latency: Duration
    }

    /// Columns of the simulated terminal.
    public private(set) var width: Int
    /// Rows of the simulated terminal.
    public private(set) var height: Int
    /// The theme the loop draws with unless the options name one.
    public var theme: Theme
    /// False after the script ended or `close()`.
    public private(set) var isOpen = true
    /// The last presented frame.
    public private(set) var lastFrame: Grid?
    /// Key-to-frame latencies, in order.
    public private(set) var timings: [KeyTiming] = []
    /// The text waited for when a wait timed out.
    public private(set) var failedWait: String?
    /// From the screen's creation to the first frame.
    public private(set) var firstFrameAfter: Duration?
    /// Texts passed to `copyToClipboard`.
    public private(set) var clipboard: [String] = []

    private let script: [Step]
    private var pending: (key: Key, at: ContinuousClock.Instant)?
    private let created = ContinuousClock.now
    private var feed: Task<Void, Never>?

    /// Creates a screen that plays `script` once the loop asks for keys.
    public init(width: Int, height: Int, theme: Theme = Theme(), script: [Step]) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.theme = theme
        self.script = script
    }

    /// Records the frame and the latency of the key it answers.
    public func present(_ grid: Grid) {
        let now = ContinuousClock.now
        if firstFrameAfter == nil { firstFrameAfter = now - created }
        if let pending { timings.append(KeyTiming(key: pending.key, latency: now - pending.at)) }
        pending = nil
        lastFrame = grid
    }

    /// Scripted screens only deliver keys through `keys`.
    public func readKey(timeoutMilliseconds: Int32) -> Key? { nil }

    /// Plays the script: keys, resizes and waits, ending the stream when it is done.
    public func keys(pollIntervalMilliseconds: Int32) -> AsyncStream<Key> {
        feed?.cancel()
        let (stream, continuation) = AsyncStream.makeStream(of: Key.self)
        continuation.onTermination = { [weak self] _ in
            Task { @MainActor in self?.feed?.cancel() }
        }
        feed = Task { @MainActor [weak self] in
            await self?.play(into: continuation)
            continuation.finish()
        }
        return stream
    }

    /// Records the text.
    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    /// Stops the script.
    public func close() {
        isOpen = false
        feed?.cancel()
    }

    private func play(into continuation: AsyncStream<Key>.Continuation) async {
        var steps = Array(script.reversed())
        while isOpen, !Task.isCancelled, let step = steps.popLast() {
            switch step {
            case .key(let key):
                await deliver(key, into: continuation)
            case .text(let text):
                steps.append(contentsOf: text.reversed().map { Step.key(.char($0)) })
            case .resize(let newWidth, let newHeight):
                await waitForFrame()
                width = max(0, newWidth)
                height = max(0, newHeight)
                await deliver(.resize, into: continuation)
            case .waitForText(let text, let timeout):
                guard await wait(for: text, timeoutMilliseconds: timeout) else {
                    failedWait = text
                    isOpen = false
                    return
                }
            }
        }
        await waitForFrame()
        isOpen = false
    }

    private func deliver(_ key: Key, into continuation: AsyncStream<Key>.Continuation) async {
        await waitForFrame()
        pending = (key, ContinuousClock.now)
        continuation.yield(key)
    }

    /// Waits until the last key delivered has been answered by a frame (at most 10 s).
    private func waitForFrame() async {
        let deadline = ContinuousClock.now + .seconds(10)
        while pending != nil, ContinuousClock.now < deadline, !Task.isCancelled {
            await Task.yield()
            if pending != nil { try? await Task.sleep(for: .microseconds(200)) }
        }
    }

    private func wait(for text: String, timeoutMilliseconds: Int) async -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(timeoutMilliseconds)
        while ContinuousClock.now < deadline, !Task.isCancelled {
            if lastFrame?.text.contains(text) == true { return true }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return lastFrame?.text.contains(text) == true
    }
}
