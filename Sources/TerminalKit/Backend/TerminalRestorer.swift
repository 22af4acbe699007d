import CNCursesW
import Glibc
import Synchronization

/// Puts the terminal back in its normal state on every way out of the process: `close()`,
/// `exit` (an atexit hook), SIGINT, SIGTERM, SIGHUP, SIGQUIT and crash signals.
///
/// Signal handlers run `endwin()` and then re-raise the signal with the disposition that was in
/// place before (the default action, or e.g. the Swift runtime's backtracer), so the process
/// still ends the way it would have. Ignored signals stay ignored.
/// - Warning: `endwin()` is not formally async-signal-safe; ncurses' own handlers make the same trade.
enum TerminalRestorer {
    /// Signals after which the terminal must be restored.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    /// True while curses mode is on; read from signal handlers.
    nonisolated(unsafe) static var isActive = false
    /// The terminal's descriptor while bracketed paste is on (-1 otherwise); it is switched off before leaving.
    nonisolated(unsafe) static var pasteDescriptor: Int32 = -1
    /// Dispositions found before ours, indexed by signal number (allocated once, before any handler runs).
    nonisolated(unsafe) static var previousActions = [cnc_sigaction_t](repeating: cnc_sigaction_t(), count: 65)
    nonisolated(unsafe) private static var installed = false

    /// Installs the atexit hook and signal handlers once per process. Called only by
    /// `NCursesScreen.init` on the main actor; deliberately nonisolated so the C callbacks
    /// created here carry no actor isolation (they run on whatever thread exits or faults).
    static func install() {
        guard !installed else { return }
        installed = true
        atexit { TerminalRestorer.restore() }
        // A shell that regains the terminal switches bracketed paste off for its own commands: after a stop the process
        // did not make itself (SIGSTOP, which no handler sees), it is switched on again as the process continues.
        _ = cnc_install_signal_handler(SIGCONT, { _ in
            guard TerminalRestorer.isActive, TerminalRestorer.pasteDescriptor >= 0 else { return }
            BracketedPaste.enable.withUTF8Buffer { _ = Glibc.write(TerminalRestorer.pasteDescriptor, $0.baseAddress, $0.count) }
        }, &previousActions[Int(SIGCONT)])
        for signal in signals {
            _ = cnc_install_signal_handler(signal, { signal in
                TerminalRestorer.restore()
                TerminalRestorer.previousActions.withUnsafeBufferPointer { actions in
                    cnc_restore_signal_handler(signal, actions.baseAddress! + Int(signal))
                }
                raise(signal)
            }, &previousActions[Int(signal)])
        }
    }

    /// Makes a stop (Ctrl-Z) while curses mode is on a request that the main actor carries out
    /// (`NCursesScreen.suspendForShell`): the signal reaches any thread, and ncurses' own handler, run on one while the
    /// main actor draws, crashed or left the terminal half restored. Called before the first screen opens.
    static func installSuspendHandler() {
        guard !suspendInstalled else { return }
        suspendInstalled = true
        _ = suspendRequest.load(ordering: .relaxed)  // initialized here, never first inside the handler
        _ = cnc_install_signal_handler(SIGTSTP, suspend, &previousActions[Int(SIGTSTP)])
    }

    nonisolated(unsafe) private static var suspendInstalled = false

    /// Set by a SIGTSTP while curses mode is on, until the main actor suspends.
    private static let suspendRequest = Atomic<Bool>(false)

    /// Whether a stop was asked for since the last call.
    static func takeSuspendRequest() -> Bool {
        suspendRequest.exchange(false, ordering: .acquiringAndReleasing)
    }

    /// Stops the process as the shell's Ctrl-Z does; returns once it continues (`fg`).
    static func stopProcess() {
        cnc_raise_default(SIGTSTP, suspend)
    }

    /// The SIGTSTP handler: in curses mode a request (an atomic store), otherwise the default stop.
    private static let suspend: @convention(c) (Int32) -> Void = { signal in
        if TerminalRestorer.isActive {
            TerminalRestorer.suspendRequest.store(true, ordering: .releasing)
        } else {
            cnc_raise_default(signal, TerminalRestorer.suspend)
        }
    }

    /// Leaves curses mode if it is on. Safe to call repeatedly and from any exit path.
    static func restore() {
        guard isActive else { return }
        isActive = false
        if pasteDescriptor >= 0 {
            // write(2) is async-signal-safe; the sequence is a static buffer, so nothing is allocated here.
            BracketedPaste.disable.withUTF8Buffer { _ = Glibc.write(pasteDescriptor, $0.baseAddress, $0.count) }
            pasteDescriptor = -1
        }
        endwin()
        fflush(nil)
    }
}
