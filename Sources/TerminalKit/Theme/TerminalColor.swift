/// A terminal colour: the terminal's own default, or an index into the 8/256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
}
