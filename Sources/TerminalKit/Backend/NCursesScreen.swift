import CNCursesW
import Glibc

/// The ncurses terminal: draws grids (only the cells that changed) and reads keys.
///
/// Only one screen can be open at a time. The terminal is restored by `close()`, at exit and on
/// fatal signals (see `TerminalRestorer`).
@MainActor
public final class NCursesScreen {
    /// How to open the screen.
    public struct Configuration: Sendable {
        /// Terminal type (terminfo name); `nil` uses `$TERM`.
        public var terminalType: String?
        /// A device to use for input and output instead of stdin/stdout (tests use `/dev/null`).
        public var devicePath: String?
        /// Whether to ask the terminal for mouse reports.
        public var mouse: Bool
        /// How long ncurses waits after ESC for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int32
        /// Raw mode: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as `.ctrl` keys instead of raising signals. Off by
        /// default (cbreak mode), where Ctrl-C ends the process and the signal handler restores the terminal.
        /// Flow control is off either way, so Ctrl-S and Ctrl-Q are keys (a `keys.json` binding) and never
        /// pause the output.
        public var rawKeys: Bool

        /// Creates a configuration.
        public init(terminalType: String? = nil, devicePath: String? = nil, mouse: Bool = false,
                    escapeDelayMilliseconds: Int32 = 25, rawKeys: Bool = false) {
            self.terminalType = terminalType
            self.devicePath = devicePath
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.rawKeys = rawKeys
        }
    }

    /// Columns of the terminal.
    public private(set) var width: Int
    /// Rows of the terminal.
    public private(set) var height: Int
    /// Colours the terminal supports (0 when it has none).
    public let colorCount: Int
    /// Cells written by the last `present` (wide clusters count once).
    public private(set) var lastChangedCellCount = 0
    /// The theme styles resolve through; changing it redraws everything on the next `present`.
    public var theme: Theme { didSet { previous = nil } }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    /// The descriptor keys are read from.
    let inputDescriptor: Int32
    /// The running `keys()` stream.
    var keyFeed: KeyFeed?
    private var files: [UnsafeMutablePointer<FILE>] = []
    private var previous: Grid?
    /// Input read after an Esc that came alone (another Esc, a resize, a paste), returned by the next read.
    private var pendingInput: Input?
    private var pairs: [PairKey: Int16] = [:]
    private var defaultColorsWork = false
    /// True until `close()`.
    public private(set) var isOpen = true
    private static var openCount = 0

    /// A `keys()` stream and the watcher feeding it.
    struct KeyFeed {
        let watcher: InputWatcher
        let continuation: AsyncStream<Key>.Continuation
    }

    private struct PairKey: Hashable {
        let foreground: TerminalColor
        let background: TerminalColor
    }

    /// Throws unless standard input and output are a terminal: curses would draw into a pipe and wait for keys from a
    /// file forever. Callers check before any slow start (a site to reach) as well.
    nonisolated public static func requireTerminal() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError(reason: .notATerminal) }
    }

    /// Opens the terminal in curses mode. `theme` is detected from the colour count, `NO_COLOR`
    /// and `ascii` unless given.
    public init(configuration: Configuration = Configuration(), ascii: Bool = false, theme: Theme? = nil) throws(TerminalError) {
        guard Self.openCount == 0 else { throw TerminalError(reason: .alreadyOpen) }
        TerminalRestorer.install()
        setlocale(LC_ALL, "")
        if cnc_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        var opened: [UnsafeMutablePointer<FILE>] = []
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        if let path = configuration.devicePath {
            guard let out = fopen(path, "w") else { throw TerminalError(reason: .cannotOpenDevice(path)) }
            guard let inp = fopen(path, "r") else {
                fclose(out)
                throw TerminalError(reason: .cannotOpenDevice(path))
            }
            opened = [out, inp]
            output = out
            input = inp
        } else {
            try Self.requireTerminal()
            output = cnc_stdout()
            input = cnc_stdin()
        }
        // Before `newterm`, so ncurses finds a handler of SIGTSTP and leaves it alone: its own, which it also swaps
        // for SIG_IGN around every screen update, lost a Ctrl-Z typed during one.
        TerminalRestorer.installSuspendHandler()
        set_escdelay(configuration.escapeDelayMilliseconds)
        let created: OpaquePointer? = if let type = configuration.terminalType {
            newterm(type, output, input)
        } else {
            newterm(nil, output, input)
        }
        let name = configuration.terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "(unset)"
        guard let created, let window = cnc_stdscr() else {
            opened.forEach { fclose($0) }
            throw TerminalError(reason: .unknownTerminal(name))
        }
        guard cnc_can_move_cursor() != 0 else {
            endwin()
            delscreen(created)
            opened.forEach { fclose($0) }
            throw TerminalError(reason: .cannotMoveCursor(name))
        }
        set_term(created)
        TerminalRestorer.isActive = true
        Self.openCount += 1
        screen = created
        self.window = window
        self.output = output
        inputDescriptor = fileno(input)
        files = opened
        if configuration.rawKeys { raw() } else { cbreak() }
        cnc_take_control_keys(inputDescriptor)
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        var colors = 0
        if has_colors() {
            start_color()
            defaultColorsWork = use_default_colors() == cnc_ok()
            colors = Int(cnc_colors())
        }
        colorCount = colors
        if configuration.mouse {
            mousemask(cnc_mouse_mask_default(), nil)
            mouseinterval(0)
        }
        width = Int(cnc_getmaxx(window))
        height = Int(cnc_getmaxy(window))
        self.theme = theme ?? Theme.detect(colorCount: colors, noColorValue: getenv("NO_COLOR").map { String(cString: $0) },
                                           ascii: ascii)
        // Bracketed paste: a paste arrives marked, so its newlines and letters never act as keys.
        define_key("\u{1B}[200~", Self.pasteBegin)
        define_key("\u{1B}[201~", Self.pasteEnd)
        writeRaw(BracketedPaste.enable.description)
        TerminalRestorer.pasteDescriptor = fileno(output)
    }

    /// Restores the terminal if the owner forgot to call `close()`.
    isolated deinit {
        close()
    }

    /// Leaves curses mode and frees the screen. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        stopKeyFeed()
        TerminalRestorer.restore()
        delscreen(screen)
        files.forEach { fclose($0) }
        files = []
        Self.openCount -= 1
    }

    /// Forces the next `present` to redraw every cell (after something else wrote to the terminal).
    public func invalidate() {
        previous = nil
    }

    /// Copies `grid` to the terminal, writing only cells that differ from the last presented grid
    /// (everything after a resize, a theme change or `invalidate`), then refreshes.
    public func present(_ grid: Grid) {
        guard isOpen else { return }
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { werase(window) }
        var changed = 0
        let rows = min(grid.height, height)
        let columns = min(grid.width, width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = grid[x: x, y: y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x: x, y: y] == cell { continue }
                write(cell, x: x, y: y, columns: columns)
                changed += 1
            }
        }
        lastChangedCellCount = changed
        previous = grid
        if let cursor = grid.cursor, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes bytes straight to the terminal after ncurses' own output.
    func writeRaw(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        fwrite(&bytes, 1, bytes.count, output)
        fflush(output)
    }

    private func write(_ cell: Cell, x: Int, y: Int, columns: Int) {
        let appearance = theme.resolve(cell.style)
        let attributes = attributeBits(appearance.attributes)
        let pair = pairNumber(for: appearance)
        let fits = cell.width < 2 || x + 1 < columns
        for piece in CellEncoder.writes(for: fits ? cell : .blank(cell.style)) {
            piece.characters.withUnsafeBufferPointer { buffer in
                _ = cnc_put_cell(window, Int32(y), Int32(x + piece.offset), buffer.baseAddress, attributes, pair)
            }
        }
    }

    private func attributeBits(_ attributes: TextAttributes) -> attr_t {
        var bits = cnc_a_normal()
        if attributes.contains(.bold) { bits |= cnc_a_bold() }
        if attributes.contains(.reverse) { bits |= cnc_a_reverse() }
        if attributes.contains(.underline) { bits |= cnc_a_underline() }
        if attributes.contains(.dim) { bits |= cnc_a_dim() }
        return bits
    }

    /// The colour pair for an appearance, allocated on first use (0 when colours are off or pairs run out).
    private func pairNumber(for appearance: RoleAppearance) -> Int16 {
        guard colorCount > 0 else { return 0 }
        let key = PairKey(foreground: appearance.foreground, background: appearance.background)
        if key == PairKey(foreground: .terminalDefault, background: .terminalDefault) { return 0 }
        if let known = pairs[key] { return known }
        let next = pairs.count + 1
        guard next < Int(cnc_color_pairs()), next <= Int(Int16.max) else { return 0 }
        let number = Int16(next)
        init_pair(number, colorIndex(key.foreground, fallback: 7), colorIndex(key.background, fallback: 0))
        pairs[key] = number
        return number
    }

    private func colorIndex(_ color: TerminalColor, fallback: Int16) -> Int16 {
        switch color {
        case .terminalDefault:
            return defaultColorsWork ? -1 : fallback
        case .indexed(let index):
            return Int(index) < colorCount ? Int16(index) : (defaultColorsWork ? -1 : fallback)
        }
    }

    /// Waits up to `timeoutMilliseconds` (negative: forever, 0: poll) for a key; nil when none came, or when what
    /// came maps to no key. A resize updates `width`/`height`, schedules a full redraw and returns `.resize`.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        if case .key(let key) = readInput(timeoutMilliseconds: timeoutMilliseconds) { return key }
        return nil
    }

    /// What one read brought: a key, input that maps to no key (a control code or mouse report the app does not
    /// use), or nothing within the timeout. Draining stops only at `.none`, so keys behind ignored input wait for
    /// no poll interval.
    enum Input: Equatable {
        case key(Key)
        case ignored
        case none
    }

    /// One read, as `readKey` does it, telling ignored input from none. An Esc with a key behind it is that key's Alt
    /// chord (terminals send Alt-x as Esc and x at once); what followed an Esc alone is kept for the next read.
    func readInput(timeoutMilliseconds: Int32) -> Input {
        if TerminalRestorer.takeSuspendRequest() { suspendForShell() }
        if let pending = pendingInput {
            pendingInput = nil
            return pending
        }
        let input = readRawInput(timeoutMilliseconds: timeoutMilliseconds)
        guard input == .key(.escape) else { return input }
        // ncurses has waited the escape delay for a sequence: a key read now came with the Esc.
        let next = readRawInput(timeoutMilliseconds: 0)
        switch next {
        case .key(let key) where key.canFollowAlt:
            return .key(.alt(key))
        case .none:
            break
        default:
            pendingInput = next
        }
        return input
    }

    /// Hands the terminal to the shell for a stop (Ctrl-Z) and takes it back on `fg`: bracketed paste off, curses mode
    /// left, the process stopped; then the size read again and a resize queued, so the owner lays out and redraws every
    /// cell over what the shell wrote. On the main actor, so no drawing races it.
    private func suspendForShell() {
        writeRaw(BracketedPaste.disable.description)
        fflush(output)
        endwin()
        TerminalRestorer.stopProcess()
        cnc_retake_screen(fileno(output))
        doupdate()  // back in curses mode, the terminal's modes with it
        writeRaw(BracketedPaste.enable.description)
        previous = nil
        ungetch(cnc_key_resize())
    }

    /// One read from ncurses, without Alt chords.
    private func readRawInput(timeoutMilliseconds: Int32) -> Input {
        guard isOpen else { return .none }
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        guard status != cnc_err() else { return .none }
        if status == cnc_key_code_yes(), Int32(bitPattern: value) == cnc_key_mouse() {
            return readMouse().map(Input.key) ?? .ignored
        }
        if status == cnc_key_code_yes(), Int32(bitPattern: value) == Self.pasteBegin {
            return .key(.paste(readPaste()))
        }
        guard let key = KeyDecoder.decode(status: status, value: value) else { return .ignored }
        if key == .resize {
            width = Int(cnc_getmaxx(window))
            height = Int(cnc_getmaxy(window))
            previous = nil
        }
        return .key(key)
    }

    /// Key codes for the start and end marks of a bracketed paste (`ESC [200~`, `ESC [201~`), above ncurses' own.
    static let pasteBegin = cnc_key_max() + 1
    static let pasteEnd = cnc_key_max() + 2

    /// The pasted text up to the end mark, or until the terminal falls silent for a moment (a lost end mark); at
    /// most `BracketedPaste.limit` characters are kept, the rest read and dropped.
    private func readPaste() -> String {
        var text = ""
        wtimeout(window, 200)
        var value: wint_t = 0
        while true {
            let status = wget_wch(window, &value)
            if status == cnc_err() { break }
            if status == cnc_key_code_yes() {
                if Int32(bitPattern: value) == Self.pasteEnd { break }
                continue
            }
            if text.unicodeScalars.count < BracketedPaste.limit, let scalar = Unicode.Scalar(value) {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private func readMouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == cnc_ok() else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & cnc_button4_pressed() != 0 {
            kind = .wheelUp
        } else if event.bstate & cnc_button5_pressed() != 0 {
            kind = .wheelDown
        } else if event.bstate & cnc_button1_released() != 0 {
            kind = .release
        } else if event.bstate & cnc_button1_any() != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), kind: kind))
    }
}
