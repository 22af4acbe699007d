/// The terminal's bracketed-paste mode (xterm's `?2004`): pasted text arrives between `ESC [200~` and `ESC [201~`.
enum BracketedPaste {
    /// Switches the mode on. Both sequences are static buffers, so signal handlers can write them allocating nothing.
    static let enable: StaticString = "\u{1B}[?2004h"
    /// Switches the mode off, as every way out of the process does.
    static let disable: StaticString = "\u{1B}[?2004l"
    /// The most characters one paste keeps.
    static let limit = 1 << 16
}
