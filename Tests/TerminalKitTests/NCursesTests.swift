import CNCursesW
import Glibc
import Testing
import TerminalKit

/// Every test that opens the real ncurses backend. ncurses has one current screen per process
/// and some tests suspend while a screen is open, so all of them run one at a time.
@Suite(.serialized)
@MainActor
enum NCursesTests {}

extension NCursesTests {
    /// Headless ncurses: `newterm` on /dev/null as an xterm-256color, so the real backend runs
    /// without a terminal.
    @Suite
    @MainActor
    struct NCursesScreenTests {
        static func openHeadless() throws -> NCursesScreen {
            try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: "/dev/null"))
        }

        @Test func presentWritesOnlyChangedCells() throws {
            let screen = try Self.openHeadless()
            defer { screen.close() }
            #expect(screen.width == 80)
            #expect(screen.height == 24)
            #expect(screen.colorCount == 256)
            #expect(screen.theme.depth == .ansi256 || screen.theme.depth == .monochrome)

            var grid = Grid(width: screen.width, height: screen.height)
            grid.drawBox(grid.bounds, border: .rounded, title: "Spaces 空间 🚀")
            grid.drawText("日本語 👨‍👩‍👧‍👦 🇯🇵 e\u{301} ❤️", x: 2, y: 2, style: CellStyle(.selected, attributes: .bold))
            let continuations = grid.cells.filter(\.isContinuation).count
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 80 * 24 - continuations)

            screen.present(grid)
            #expect(screen.lastChangedCellCount == 0)

            grid.drawText("xy", x: 2, y: 2)
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 2)

            grid.restyle(Rect(x: 10, y: 10, width: 5, height: 1)) { $0 = CellStyle(.error) }
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 5)

            screen.invalidate()
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 80 * 24 - grid.cells.filter(\.isContinuation).count)
        }

        @Test func secondScreenIsRefusedAndCloseIsIdempotent() throws {
            let screen = try Self.openHeadless()
            #expect(throws: TerminalError.self) { _ = try Self.openHeadless() }
            #expect(screen.isOpen)
            screen.close()
            screen.close()
            #expect(!screen.isOpen)
            screen.present(Grid(width: 3, height: 3))
            #expect(screen.readKey(timeoutMilliseconds: 0) == nil)
            let again = try Self.openHeadless()
            again.close()
        }

        @Test func readKeyOnEmptyInputReturnsNil() throws {
            let screen = try Self.openHeadless()
            defer { screen.close() }
            #expect(screen.readKey(timeoutMilliseconds: 0) == nil)
        }

        @Test func gridLargerOrSmallerThanScreenIsClipped() throws {
            let screen = try Self.openHeadless()
            defer { screen.close() }
            var big = Grid(width: 200, height: 100)
            big.fill(big.bounds, with: "中")
            screen.present(big)
            #expect(screen.lastChangedCellCount == 40 * 24)
            screen.present(Grid(width: 0, height: 0))
            #expect(screen.lastChangedCellCount == 0)
            screen.present(Grid(width: 10, height: 2))
            #expect(screen.lastChangedCellCount == 20)
        }

        @Test func unknownTerminalTypeIsAClearError() {
            let error = #expect(throws: TerminalError.self) {
                _ = try NCursesScreen(configuration: .init(terminalType: "no-such-terminal-xyz", devicePath: "/dev/null"))
            }
            #expect(error?.description.contains("\"no-such-terminal-xyz\"; check that TERM names an installed terminfo entry") == true)
        }

        /// A terminal that cannot move the cursor would get every frame on one line: it is refused with a sentence,
        /// and a screen can be opened afterwards.
        @Test func aDumbTerminalIsRefusedWithASentence() throws {
            let error = #expect(throws: TerminalError.self) {
                _ = try NCursesScreen(configuration: .init(terminalType: "dumb", devicePath: "/dev/null"))
            }
            #expect(error?.description.hasPrefix("The terminal type \"dumb\" cannot move the cursor") == true)
            let screen = try NCursesScreenTests.openHeadless()
            screen.close()
        }
    }
}

extension NCursesTests {
    /// Input through the real `wget_wch`/`getmouse` path: events are pushed back with ncurses'
    /// own `unget_wch`, `ungetch` and `ungetmouse`, and a resize with `resizeterm`.
    @Suite
    @MainActor
    struct NCursesInputTests {
        @Test func pushedKeysDecodeThroughWgetWch() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            _ = unget_wch(wchar_t(0x4E2D))
            #expect(screen.readKey(timeoutMilliseconds: 0) == .char("中"))
            _ = ungetch(0x04)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .ctrl("d"))
            _ = ungetch(KEY_DOWN)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .down)
            #expect(screen.readKey(timeoutMilliseconds: 0) == nil)
        }

        /// Esc with a key behind it is that key's Alt chord (terminals send Alt-q as Esc q); Esc alone, or twice, is Esc.
        @Test func escapeWithAKeyBehindItIsAnAltChord() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            // ncurses returns pushed input last in, first out.
            _ = unget_wch(wchar_t(UInt8(ascii: "q")))
            _ = ungetch(0x1B)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .alt(.char("q")))
            _ = ungetch(0x7F)
            _ = ungetch(0x1B)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .alt(.backspace))
            _ = ungetch(0x1B)
            _ = ungetch(0x1B)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .escape)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .escape)
            _ = ungetch(0x1B)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .escape)
            #expect(screen.readKey(timeoutMilliseconds: 0) == nil)
        }

        @Test func aBracketedPasteIsOneKeyWithItsNewlines() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            // ncurses returns pushed input last in, first out: the paste goes in backwards.
            _ = ungetch(cnc_key_max() + 2)
            for character in "a\nq中".unicodeScalars.reversed() { _ = unget_wch(wchar_t(character.value)) }
            _ = ungetch(cnc_key_max() + 1)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .paste("a\nq中"))
            #expect(screen.readKey(timeoutMilliseconds: 0) == nil)
        }

        @Test func resizeUpdatesSizeAndForcesFullRedraw() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            var grid = Grid(width: screen.width, height: screen.height)
            grid.drawText("before", x: 0, y: 0)
            screen.present(grid)
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 0)
            _ = resizeterm(30, 100)
            _ = ungetch(KEY_RESIZE)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .resize)
            #expect(screen.width == 100)
            #expect(screen.height == 30)
            screen.present(grid)
            #expect(screen.lastChangedCellCount == 80 * 24)
        }

        @Test func mouseReportsBecomeMouseKeys() throws {
            let screen = try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: "/dev/null", mouse: true))
            defer { screen.close() }
            var event = MEVENT()
            event.x = 7
            event.y = 3
            event.bstate = cnc_button1_pressed()
            _ = ungetmouse(&event)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .mouse(MouseEvent(x: 7, y: 3, kind: .press)))
            event.bstate = cnc_button4_pressed()
            _ = ungetmouse(&event)
            #expect(screen.readKey(timeoutMilliseconds: 0) == .mouse(MouseEvent(x: 7, y: 3, kind: .wheelUp)))
        }
    }
}

extension NCursesTests {
    /// A page title and body full of escape sequences go through every widget into the real backend,
    /// whose output is captured in a file: none of the hostile sequences reaches the terminal.
    @Suite
    @MainActor
    struct TerminalOutputSanitisingTests {
        static let hostileTitle = "Title\u{1B}]0;PWNED\u{7}\u{1B}]52;c;Y2xpcA==\u{7}\u{202E}"
        static let hostileBody = "Body\u{1B}P+q544e\u{1B}\\ text\u{9B}6n\u{1B}[?1049l\u{1B}]8;;http://evil\u{1B}\\link\u{90}dcs\u{9C}"

        @Test func escapeSequencesInTitleAndBodyNeverReachTheTerminal() throws {
            let path = try TestSupport.temporaryFile()
            defer { unlink(path) }
            let screen = try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: path))
            var grid = Grid(width: screen.width, height: screen.height)
            grid.drawBox(grid.bounds, border: .light, title: Self.hostileTitle)
            var list = ListView(items: [ListItem(id: 1, title: Self.hostileTitle, detail: Self.hostileBody)])
            list.setFilter("title")
            list.render(into: &grid, in: Rect(x: 1, y: 1, width: 40, height: 2), focused: true, theme: screen.theme)
            var tree = TreeModel<Int>()
            tree.setRoots([TreeNode(id: 1, title: Self.hostileTitle, icon: "\u{1B}[5m")])
            tree.render(into: &grid, in: Rect(x: 1, y: 3, width: 40, height: 2), focused: true, theme: screen.theme, spinnerFrame: 0)
            TextView(lines: [[StyledRun(Self.hostileBody)], [StyledRun(Self.hostileTitle, style: CellStyle(.heading))]])
                .render(into: &grid, in: Rect(x: 1, y: 5, width: 70, height: 2))
            StatusLine(hints: [.init(key: "\u{1B}[A", label: Self.hostileBody)], state: Self.hostileTitle, stateRole: .error)
                .render(into: &grid, in: Rect(x: 0, y: 23, width: 80, height: 1), theme: screen.theme)
            Dialog(title: Self.hostileTitle, body: [Self.hostileBody]).render(into: &grid, in: Rect(x: 0, y: 8, width: 80, height: 12), theme: screen.theme)
            #expect(!TestSupport.gridHasForbiddenScalar(grid))
            screen.present(grid)
            screen.close()

            let output = TestSupport.contents(of: path)
            #expect(TestSupport.lastIndex(of: Array("Title".utf8), in: output) != nil, "the safe text should be drawn")
            for payload in ["\u{1B}]", "\u{1B}P", "\u{7}", "\u{9B}", "\u{90}", "\u{202E}", "PWNED", "Y2xpcA", "544e", "evil"] {
                #expect(TestSupport.lastIndex(of: Array(payload.utf8), in: output) == nil, "\(payload.debugDescription) reached the terminal")
            }
        }
    }
}

extension NCursesTests {
    /// What ncurses itself holds after `present`, read back cell by cell with `mvwin_wch`.
    @Suite
    @MainActor
    struct NCursesReadbackTests {
        /// Row `y` of ncurses' virtual screen as text (wide characters advance two columns).
        static func row(_ y: Int32, width: Int32) -> String {
            var text = ""
            var x: Int32 = 0
            while x < width {
                var cell = cchar_t()
                _ = mvwin_wch(cnc_stdscr(), y, x, &cell)
                var characters = [wchar_t](repeating: 0, count: Int(cnc_cchar_max()) + 1)
                var attributes: attr_t = 0
                var pair: Int16 = 0
                _ = getcchar(&cell, &characters, &attributes, &pair, nil)
                let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
                var unicode = String.UnicodeScalarView()
                unicode.append(contentsOf: scalars)
                text += String(unicode)
                let first = characters[0]
                x += max(1, cnc_wcwidth(first))
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }

        @Test func virtualScreenMatchesTheGrid() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            var grid = Grid(width: screen.width, height: screen.height)
            grid.drawText("plain ascii", x: 0, y: 0)
            grid.drawText("日本語 한국어 ｆｕｌｌ", x: 0, y: 1)
            grid.drawText("e\u{301} a\u{308}", x: 0, y: 2)
            grid.drawText("🇯🇵 flag", x: 0, y: 3)
            grid.drawText("👨‍👩‍👧‍👦 family", x: 0, y: 4)
            grid.drawText("❤️ heart", x: 0, y: 5)
            grid.drawText("a" + String(repeating: "中", count: 40), x: 0, y: 6)
            screen.present(grid)
            #expect(Self.row(0, width: 80) == "plain ascii")
            #expect(Self.row(1, width: 80) == "日本語 한국어 ｆｕｌｌ")
            #expect(Self.row(2, width: 80) == "e\u{301} a\u{308}")
            #expect(Self.row(3, width: 80) == "🇯🇵 flag")
            #expect(Self.row(4, width: 80) == "👨 family")
            #expect(Self.row(5, width: 80) == "❤  heart")
            #expect(Self.row(6, width: 80) == "a" + String(repeating: "中", count: 39))
        }

        @Test func wideCharacterAtTheScreenEdgeOfAWiderGridBecomesASpace() throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            var grid = Grid(width: 100, height: 2)
            grid.drawText(String(repeating: "x", count: 79) + "中z", x: 0, y: 0)
            screen.present(grid)
            #expect(Self.row(0, width: 80) == String(repeating: "x", count: 79))
        }
    }
}

extension NCursesTests {
    /// The async key stream and the OSC 52 clipboard.
    @Suite
    @MainActor
    struct NCursesAsyncInputTests {
        @Test func keyStreamDeliversPushedKeysAndFinishesOnClose() async throws {
            let screen = try NCursesScreenTests.openHeadless()
            let keys = screen.keys(pollIntervalMilliseconds: 5)
            var iterator = keys.makeAsyncIterator()
            _ = ungetch(Int32(UInt8(ascii: "q")))
            _ = unget_wch(wchar_t(0x65E5))
            var received: [Key] = []
            while received.count < 2, let key = await iterator.next() {
                received.append(key)
            }
            #expect(received == [.char("日"), .char("q")])
            screen.close()
            let afterClose = await iterator.next()
            #expect(afterClose == nil)
        }

        /// Input that maps to no key (here a C1 control) does not end the drain: the key behind it arrives in the same
        /// wake-up, not one poll interval later.
        @Test func aKeyBehindIgnoredInputComesInTheSameWakeUp() async throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            var iterator = screen.keys(pollIntervalMilliseconds: 1000).makeAsyncIterator()
            let started = ContinuousClock.now
            _ = ungetch(Int32(UInt8(ascii: "q")))
            _ = unget_wch(wchar_t(0x85))
            let key = await iterator.next()
            #expect(key == .char("q"))
            #expect(ContinuousClock.now - started < .milliseconds(600), "in the wake-up that read the ignored input, not an interval later")
        }

        @Test func resizeArrivesThroughTheStream() async throws {
            let screen = try NCursesScreenTests.openHeadless()
            defer { screen.close() }
            var iterator = screen.keys(pollIntervalMilliseconds: 5).makeAsyncIterator()
            _ = resizeterm(20, 60)
            _ = ungetch(KEY_RESIZE)
            let key = await iterator.next()
            #expect(key == .resize)
            #expect(screen.width == 60 && screen.height == 20)
        }

        @Test func bracketedPasteIsSwitchedOnAgainWhenTheProcessContinues() throws {
            let path = try TestSupport.temporaryFile()
            defer { unlink(path) }
            let screen = try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: path))
            let on = Array("\u{1B}[?2004h".utf8)
            func switchedOn() -> Int { TestSupport.count(of: on, in: TestSupport.contents(of: path)) }
            #expect(switchedOn() == 1)
            // As after Ctrl-Z and `fg`, when the shell has switched the mode off for its own commands. The signal goes
            // to the process (test threads block signals), so its handler runs on another thread: wait for it.
            kill(getpid(), SIGCONT)
            let deadline = ContinuousClock.now + .seconds(5)
            while switchedOn() < 2, ContinuousClock.now < deadline { usleep(1000) }
            #expect(switchedOn() == 2)
            screen.close()
        }

        @Test func clipboardSendsBase64OSC52() throws {
            let path = try TestSupport.temporaryFile()
            defer { unlink(path) }
            let screen = try NCursesScreen(configuration: .init(terminalType: "xterm-256color", devicePath: path))
            screen.copyToClipboard("page 42 \u{1B}]0;x\u{7}")
            screen.close()
            let expected = Array("\u{1B}]52;c;cGFnZSA0MiAbXTA7eAc=\u{7}".utf8)
            #expect(TestSupport.lastIndex(of: expected, in: TestSupport.contents(of: path)) != nil)
        }
    }
}
