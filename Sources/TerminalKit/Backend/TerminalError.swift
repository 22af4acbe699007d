/// Why the terminal backend could not start.
public struct TerminalError: Error, CustomStringConvertible, Hashable, Sendable {
    enum Reason: Hashable, Sendable {
        case alreadyOpen
        case cannotOpenDevice(String)
        case unknownTerminal(String)
        case cannotMoveCursor(String)
        case notATerminal
    }

    let reason: Reason

    /// A sentence for the user.
    public var description: String {
        switch reason {
        case .alreadyOpen:
            "The terminal screen is already open; only one screen can be active at a time."
        case .cannotOpenDevice(let path):
            "Could not open the terminal device \(path)."
        case .unknownTerminal(let name):
            "Could not start the terminal interface for terminal type \"\(name)\"; check that TERM names an installed terminfo entry."
        case .cannotMoveCursor(let name):
            "The terminal type \"\(name)\" cannot move the cursor, so the browser cannot draw on it; set TERM to your "
                + "terminal's type (e.g. xterm-256color), or use the subcommands (confluence-tui --help), which need none."
        case .notATerminal:
            "The browser needs a terminal, but its input or output is a pipe or a file; run it in a terminal, or use the "
                + "subcommands (confluence-tui --help), which need none."
        }
    }
}
