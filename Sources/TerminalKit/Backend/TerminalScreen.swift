/// What the app loop needs from a screen: its size and theme, drawing a grid, and keys.
/// `NCursesScreen` is the real terminal; BrowserApp's `ScriptedScreen` plays keys in memory for end-to-end
/// tests and benchmarks.
@MainActor
public protocol TerminalScreen: AnyObject {
    /// Columns available.
    var width: Int { get }
    /// Rows available.
    var height: Int { get }
    /// The theme styles resolve through.
    var theme: Theme { get }
    /// Shows `grid`.
    func present(_ grid: Grid)
    /// The next key, waiting up to `timeoutMilliseconds` (negative: forever, 0: poll where supported).
    func readKey(timeoutMilliseconds: Int32) -> Key?
    /// Keys as they arrive; the stream finishes when the screen closes.
    func keys(pollIntervalMilliseconds: Int32) -> AsyncStream<Key>
    /// Puts `text` on the clipboard where the screen can.
    func copyToClipboard(_ text: String)
    /// Releases the screen.
    func close()
}

extension NCursesScreen: TerminalScreen {}
