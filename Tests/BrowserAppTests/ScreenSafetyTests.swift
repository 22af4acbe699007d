import BrowserApp
import Foundation
import StorageFormat
import Testing
import TerminalKit

/// Untrusted text never reaches the terminal as a control, and no size breaks the screen.
@MainActor
struct ScreenSafetyTests {
    static let hostileTitle = "Evil \u{1B}[2J\u{1B}]0;pwned\u{07}title \u{1B}[31mred\u{9B}1m \u{202E}rtl"
    static let hostileBody = "<p>Body \u{1B}[H\u{1B}[2J cleared? \u{1B}P1$qm\u{1B}\\ \u{07}bell \u{1B}]52;c;ZXZpbA==\u{07} end</p>"

    private func hostileBackend() -> FixtureBackend {
        var nodes = Fixture.nodes
        nodes["1"] = .init(item: TreeItem(id: "1", title: Self.hostileTitle, childCount: 0), children: [])
        var pages = Fixture.pages
        pages["1"] = PageDetail(id: "1", title: Self.hostileTitle, spaceKey: "ENG\u{1B}[1m", labels: ["l\u{1B}[5mabel"],
                                author: "Mallory\u{1B}]8;;http://x\u{07}", webURL: "https://x/\u{1B}[2J", storageBody: Self.hostileBody)
        let spaces = [SpaceSummary(key: "ENG", name: "Space \u{1B}[41m\u{1B}(0 name")] + Fixture.spaces.dropFirst()
        return FixtureBackend(spaces: spaces, nodes: nodes, pages: pages)
    }

    private func assertClean(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                for scalar in grid[x: x, y: y].grapheme.unicodeScalars {
                    let v = scalar.value
                    let isControl = v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    #expect(!isControl, "control U+\(String(v, radix: 16)) at \(x),\(y)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// A user's display name comes from the site: cleaned before the table around its mention is laid out, so the
    /// borders line up.
    @Test func aHostileDisplayNameKeepsATablesBordersInLine() async {
        var pages = Fixture.pages
        pages["1"] = PageDetail(id: "1", title: "Owners", spaceKey: "ENG", storageBody: "<table><tr><th>Owner</th><th>Since</th></tr>"
            + "<tr><td><ac:link><ri:user ri:account-id=\"bob\"/></ac:link></td><td>2021</td></tr></table>")
        let backend = FixtureBackend(pages: pages, users: [UserRef(accountId: "bob"): "Bob \u{1B}[5mBLINK\u{1B}[0m \u{202E}root\u{202C}"])
        let browser = HeadlessBrowser(backend: backend, width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter)
        #expect(browser.state.preview.page?.id == "1")
        _ = await browser.wait { $0.preview.text.lines.contains { line in line.map(\.text).joined().contains("BLINK") } }
        assertClean(browser.grid)
        let rows = browser.state.preview.text.lines.map { $0.map(\.text).joined() }.filter { $0.contains("│") }
        let borders = Set(rows.map { row in row.indices.filter { row[$0] == "│" }.map { row.distance(from: row.startIndex, to: $0) } })
        #expect(rows.contains { $0.contains("@Bob BLINK") } && borders.count == 1, "every row's borders at the same columns:\n\(rows.joined(separator: "\n"))")
    }

    @Test func escapeSequencesInTitlesAndBodiesNeverReachTheGrid() async {
        let browser = HeadlessBrowser(backend: hostileBackend(), width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter)
        #expect(browser.state.preview.page?.id == "1")
        let grid = browser.grid
        assertClean(grid)
        let text = grid.text
        #expect(text.contains("Evil"))
        #expect(text.contains("cleared?"))
        #expect(!text.contains("pwned"), "OSC payloads are removed with their introducer")
        #expect(!text.contains("ZXZpbA") && !text.contains("[2J"), "the body's sequences go whole too: \(text)")
        await browser.press(.char("?"))
        assertClean(browser.grid)
    }

    /// A title of nothing visible (spaces, or only an escape sequence) would draw an empty row that reads as no page.
    @Test func aBlankTitleShowsAsUntitled() async {
        var nodes = Fixture.nodes
        nodes["1"] = .init(item: TreeItem(id: "1", title: "   ", childCount: 0), children: [])
        let browser = HeadlessBrowser(backend: FixtureBackend(spaces: Fixture.spaces, nodes: nodes, pages: Fixture.pages), width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter)
        #expect(browser.grid.text.contains("(untitled)"), "\(browser.grid.text)")
    }

    @Test func everyTinySizeRendersWithoutCrashingOrSplittingWideCells() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter, .char("j"), .enter, .char("j"), .char("j"))
        let sizes = (0...6).flatMap { w in (0...6).map { (w, $0) } } + [(1, 40), (120, 1), (200, 2), (13, 3), (41, 12), (59, 20)]
        for (width, height) in sizes {
            browser.resize(width: width, height: height)
            for key: Key in [.tab, .char("j"), .char("?"), .escape] { browser.driver.send(.key(key)) }
            let grid = browser.grid
            #expect(grid.width == width && grid.height == height)
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    let cell = grid[x: x, y: y]
                    if cell.width == 2 { #expect(x + 1 < grid.width && grid[x: x + 1, y: y].isContinuation, "wide cell at \(x),\(y) in \(width)x\(height)") }
                    if cell.isContinuation { #expect(x > 0 && grid[x: x - 1, y: y].width == 2) }
                }
            }
        }
    }

    @Test func copyHandsTheURLToTheScreensClipboard() async {
        let screen = ScriptedScreen(width: 80, height: 24, script: [
            .waitForText("Alice", timeoutMilliseconds: scriptPatience),
            .key(.enter),
            .waitForText("cleared?", timeoutMilliseconds: scriptPatience),
            .key(.char("y")),
            .waitForText("Copied the page URL", timeoutMilliseconds: scriptPatience),
        ])
        let options = BrowserOptions(previewDelayMilliseconds: 0, openURL: { .showURL($0) })
        await BrowserApp.run(screen: screen, backend: hostileBackend(), options: options)
        #expect(screen.failedWait == nil)
        #expect(screen.clipboard == ["https://x/\u{1B}[2J"], "the raw URL goes to TerminalKit, which sends it base64-encoded")
    }
}
