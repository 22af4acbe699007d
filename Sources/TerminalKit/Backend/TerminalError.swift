/// Why the terminal backend could not start.
public struct TerminalError: Error, CustomStringConvertible, Hashable, Sendable {
    enum Reason: Hashable, Sendable {
        case alreadyOpen
        case cannotOpenDevice(String)
        case unknownTerminal(String)
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
        }
    }
}
