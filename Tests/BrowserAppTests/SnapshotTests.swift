import BrowserApp
import Testing
import TerminalKit

/// Screens at 120x40, 80x24 and 40x12 with CJK titles and emoji, compared with recorded text.
@MainActor
struct SnapshotTests {
    /// Opens ENG, expands "Architecture 架构", selects "API 設計 guide" and lets its preview load.
    private func browseToAPIPage(width: Int, height: Int) async -> HeadlessBrowser {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: width, height: height)
        await browser.settle()
        await browser.press(.enter)          // open the space
        await browser.press(.char("j"))      // Architecture 架构
        await browser.press(.enter)          // expand it
        await browser.press(.char("j"), .char("j")) // Diagrams/, API 設計 guide
        return browser
    }

    @Test func wideLayoutShowsAllFourPanes() async {
        let browser = await browseToAPIPage(width: 120, height: 40)
        #expect(browser.state.preview.page?.id == "22")
        Snapshot.assert(browser.grid, named: "wide-120x40")
    }

    @Test func mediumLayoutShowsSpacesTreeAndPreview() async {
        let browser = await browseToAPIPage(width: 80, height: 24)
        Snapshot.assert(browser.grid, named: "medium-80x24")
    }

    /// A preview with room for no header but its rule gives the rule's row to the body.
    @Test func aTinyPreviewSpendsNoRowOnARuleAlone() async {
        let browser = await browseToAPIPage(width: 20, height: 6)
        await browser.press(.tab)
        Snapshot.assert(browser.grid, named: "tiny-20x6-preview")
        #expect(!browser.grid.text.split(separator: "\n").contains { $0.hasPrefix("│─") }, "\(browser.grid.text)")
    }

    @Test func narrowLayoutShowsOnePaneWithBreadcrumb() async {
        let browser = await browseToAPIPage(width: 40, height: 12)
        Snapshot.assert(browser.grid, named: "narrow-40x12-tree")
        await browser.press(.tab)
        Snapshot.assert(browser.grid, named: "narrow-40x12-preview")
    }

    @Test func startupScreenListsSpaces() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 24)
        await browser.settle()
        Snapshot.assert(browser.grid, named: "start-80x24")
    }

    @Test func styledDumpMarksFocusAndSelection() async {
        let browser = await browseToAPIPage(width: 80, height: 24)
        Snapshot.assert(browser.grid, named: "medium-80x24-styled", styled: true)
    }

    @Test func helpOverlayAt80x24() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 24)
        await browser.settle()
        await browser.press(.char("?"))
        Snapshot.assert(browser.grid, named: "help-80x24")
    }

    @Test func zFillsTheScreenWithTheFocusedPaneAndAgainGoesBack() async {
        var h = ReducerHarness(width: 120, height: 40)
        h.loadSpaces()
        h.openSpace()
        h.press(.tab)
        #expect(h.state.focus == .preview && h.state.layout.frame(.preview).width < 120)
        #expect(h.screen.contains("z zoom"))
        h.press(.char("z"))
        #expect(h.state.zoomed && h.state.layout.visible == [.preview] && h.state.layout.frame(.preview).width == 120)
        #expect(h.screen.contains("z unzoom"))
        h.press(.char("z"))
        #expect(!h.state.zoomed && h.state.layout.visible.count == 4)
        h.send(.resize(width: 60, height: 20))
        h.press(.char("z"))
        #expect(!h.state.zoomed && h.state.status.notice == "The screen already shows one pane at a time.")
    }

    @Test func aPaneWhoseRowsDoNotFitShowsThePositionInItsBottomBorder() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 9)
        await browser.settle()
        let spacesBottom = { browser.grid.text.split(separator: "\n").first { $0.hasPrefix("└") && $0.contains(" of 4 ") } }
        #expect(spacesBottom()?.contains(" 1 of 4 ") == true, "\(browser.grid.text)")
        await browser.press(.char("G"))
        #expect(spacesBottom()?.contains(" 4 of 4 ") == true, "\(browser.grid.text)")
    }

    @Test func asciiThemeUsesNoBoxCharacters() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 24, theme: Theme(depth: .monochrome, border: .ascii))
        await browser.settle()
        await browser.press(.enter, .char("j"), .enter)
        let text = browser.grid.text
        #expect(!text.contains("│") && !text.contains("─") && !text.contains("┌"))
        #expect(text.contains("+-"))
    }

    @Test("in ASCII mode every screen, overlays included, draws its symbols in ASCII", arguments: [(80, 24), (60, 20), (200, 50)])
    func asciiThemeDrawsOnlyASCII(width: Int, height: Int) async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: width, height: height, theme: Theme(depth: .monochrome, border: .ascii))
        await browser.settle()
        var screens = [browser.grid.text]
        await browser.press(.enter, .char("j"), .enter)
        screens.append(browser.grid.text)
        for overlay in ["?", "p", "f", "d"] {
            await browser.press(.char(Character(overlay)))
            screens.append(browser.grid.text)
            await browser.press(.escape)
        }
        for (index, screen) in screens.enumerated() {
            // Page titles in other scripts, and their emoji, are content and drawn as written.
            let foreign = Set(screen.unicodeScalars.filter {
                !$0.isASCII && !$0.properties.isAlphabetic && !$0.properties.isEmojiPresentation
            }.map(String.init))
            #expect(foreign.isEmpty, "screen \(index) at \(width)x\(height) holds \(foreign.sorted()):\n\(screen)")
        }
    }
}
