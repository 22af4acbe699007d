import Glibc
import Testing
import TerminalKit

/// Proves the terminal is restored on every way out of the process. The test re-runs its own
/// test binary as a child with `TERMINALKIT_EXIT_PROBE=<mode>:<file>`; the child opens the real
/// ncurses backend writing to <file> instead of a tty, draws, and then leaves by <mode>. The
/// parent checks how the child ended, that the byte stream ends by leaving the alternate
/// screen (xterm's rmcup, `ESC [ ? 1049 l`), which only `endwin()` writes, and that bracketed paste
/// (`ESC [ ? 2004 h`) was switched off again.
@Suite(.serialized)
@MainActor
struct ExitPathTests {
    static let variable = "TERMINALKIT_EXIT_PROBE"
    static let enterAlternate = Array("\u{1B}[?1049h".utf8)
    static let leaveAlternate = Array("\u{1B}[?1049l".utf8)
    static let pasteOn = Array("\u{1B}[?2004h".utf8)
    static let pasteOff = Array("\u{1B}[?2004l".utf8)

    enum Mode: String, CaseIterable {
        case sigint, sigterm, sighup, nullWrite, abort, swiftTrap, exit

        /// Signals the child may legitimately die from (a Swift trap is SIGILL on x86_64, SIGTRAP on arm64).
        var signals: [Int32] {
            switch self {
            case .sigint: [SIGINT]
            case .sigterm: [SIGTERM]
            case .sighup: [SIGHUP]
            case .nullWrite: [SIGSEGV]
            case .abort: [SIGABRT]
            case .swiftTrap: [SIGILL, SIGTRAP]
            case .exit: []
            }
        }
    }

    @Test func terminalIsRestoredOnEveryExitPath() throws {
        if let probe = getenv(Self.variable) {
            try Self.runChild(String(cString: probe))
            return
        }
        for mode in Mode.allCases {
            let path = try TestSupport.temporaryFile()
            defer { unlink(path) }

            let status = try Self.spawnSelf(environment: "\(Self.variable)=\(mode.rawValue):\(path)")
            let termination = status & 0x7F
            if !mode.signals.isEmpty {
                #expect(mode.signals.contains(termination), "\(mode): child should die from its signal, wait status \(status)")
            } else {
                #expect(termination == 0 && (status >> 8) & 0xFF == 3, "\(mode): child should exit with 3, wait status \(status)")
            }
            let bytes = TestSupport.contents(of: path)
            let entered = TestSupport.lastIndex(of: Self.enterAlternate, in: bytes)
            let left = TestSupport.lastIndex(of: Self.leaveAlternate, in: bytes)
            if let entered {
                #expect((left ?? -1) > entered, "\(mode): the terminal was not restored")
                let pasteOn = TestSupport.lastIndex(of: Self.pasteOn, in: bytes)
                #expect(pasteOn != nil, "\(mode): bracketed paste was never switched on")
                #expect((TestSupport.lastIndex(of: Self.pasteOff, in: bytes) ?? -1) > (pasteOn ?? .max),
                        "\(mode): bracketed paste was left on")
            } else {
                Issue.record("\(mode): the child never entered curses mode (\(bytes.count) bytes written)")
            }
        }
    }

    /// Child side: open, draw, then leave the way `probe` says. Never returns normally for a signal.
    static func runChild(_ probe: String) throws {
        let parts = probe.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let mode = Mode(rawValue: parts[0]) else { Glibc.exit(90) }
        let screen = try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: parts[1]))
        var grid = Grid(width: screen.width, height: screen.height)
        grid.drawBox(grid.bounds, border: .light, title: "probe")
        screen.present(grid)
        switch mode {
        case .sigint, .sigterm, .sighup:
            kill(getpid(), mode.signals[0])
            sleep(10)
            Glibc.exit(91)
        case .nullWrite:
            UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        case .abort:
            Glibc.abort()
        case .swiftTrap:
            let values: [Int] = []
            _ = values[values.count + 1]
        case .exit:
            Glibc.exit(3)
        }
        Glibc.exit(92)
    }

    /// Runs this test in a child copy of the test binary and returns its wait status.
    static func spawnSelf(environment extra: String) throws -> Int32 {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        try #require(length > 0, "cannot locate the test binary through /proc/self/exe")
        let executable = TestSupport.string(buffer)
        let arguments = [executable, "--testing-library", "swift-testing", "--filter", "terminalIsRestoredOnEveryExitPath"]
        var environment: [String] = []
        var cursor = environ
        while let entry = cursor.pointee {
            environment.append(String(cString: entry))
            cursor += 1
        }
        environment += [extra, "SWIFT_BACKTRACE=enable=no"]
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        try #require(result == 0, "posix_spawn failed with \(result)")
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}
