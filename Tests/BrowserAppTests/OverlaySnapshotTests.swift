import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// The filter builder and definitions overlays at 120x40, 80x24 and 40x12, compared with recorded text.
@MainActor
struct OverlaySnapshotTests {
    private func browser(width: Int, height: Int, store: URL? = nil) async -> HeadlessBrowser {
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     definitionStore: store.map { DefinitionStore(directory: $0) })
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: width, height: height, options: options)
        await browser.settle()
        return browser
    }

    @Test func cqlModeUnderlinesTheErrorAt120x40() async {
        let browser = await browser(width: 120, height: 40)
        await browser.press(.char("f"), .backTab)
        await browser.type("type = page AND text = 設計 🚀")
        Snapshot.assert(browser.grid, named: "builder-cql-120x40", styled: true)
    }

    @Test func pagesModeWithDescendantsAt80x24() async {
        let browser = await browser(width: 80, height: 24)
        await browser.press(.enter, .char(" "), .char("j"), .char(" "), .char("f"), .char("i"))
        await browser.press(.ctrl("t"))
        Snapshot.assert(browser.grid, named: "builder-pages-80x24")
    }

    @Test func builderLoaderOptionsAt80x24() async {
        let browser = await browser(width: 80, height: 24)
        await browser.press(.char("f"), .char("O"), .char(" "), .char("j"))
        Snapshot.assert(browser.grid, named: "builder-options-80x24")
        await browser.press(.escape)
        Snapshot.assert(browser.grid, named: "builder-space-options-80x24")
    }

    @Test func theOptionsAndCountLinesWrapIntoRowsTheBodyLeavesEmpty() async {
        let browser = await browser(width: 40, height: 12)
        await browser.press(.char("f"), .backTab)
        await browser.type("type = page")
        await browser.press(.ctrl("t"))
        Snapshot.assert(browser.grid, named: "builder-cql-counted-40x12")
        let rows = browser.grid.dump().split(separator: "\n")
        #expect(rows.contains { $0.contains("(LlamaCloud's default, off)") }, "the options line wraps whole")
        #expect(rows.contains { $0.contains("preview (Ctrl-G) shows.") }, "the count line wraps whole")
    }

    @Test func aRefusalTakesEmptyBodyRowsAndLeavesTheOptionsLine() async {
        let browser = await browser(width: 80, height: 24)
        await browser.press(.char("f"), .char("s"))
        await browser.type("bad name")
        await browser.press(.enter)
        Snapshot.assert(browser.grid, named: "builder-refused-name-80x24")
        let text = browser.grid.dump()
        #expect(text.contains("Loader options (O): all unset") && text.contains("at most 64 characters."), "both whole:\n\(text)")
        #expect(text.contains("Save as: bad name"))
    }

    @Test func aTinyBuilderKeepsItsBodyAndCheckRows() async {
        let browser = await browser(width: 20, height: 6)
        await browser.press(.enter, .char("f"))
        Snapshot.assert(browser.grid, named: "builder-space-20x6")
        #expect(browser.grid.dump().contains("Every"), "the body's first row: what the filter selects")
        browser.resize(width: 6, height: 3)
        #expect(browser.grid.dump().hasPrefix("[Spa…]"), "a tab too wide for the row is cut inside its brackets")
    }

    @Test func aRefusedNameKeepsItsPromptOnAShortScreen() async {
        let browser = await browser(width: 30, height: 8)
        await browser.press(.char("f"), .backTab)
        await browser.type("type = page")
        await browser.press(.enter)
        await browser.type("_x")
        await browser.press(.enter)
        Snapshot.assert(browser.grid, named: "builder-refused-name-30x8")
        #expect(browser.grid.dump().contains("Save as: _x"))
        #expect(browser.grid.cursor != nil, "the prompt being typed into shows the cursor")
        browser.resize(width: 80, height: 5)
        #expect(browser.grid.dump().contains("Save as: _x"), "the only body row gives way to the prompt")
        browser.resize(width: 80, height: 2)
        #expect(browser.grid.dump().contains("Not saved: the definition name \"_x\""), "on one row the reason takes the prompt's row")
        await browser.type("y")
        #expect(browser.grid.dump().contains("Save as: _xy"), "until the next key; the prompt takes the tabs' row")
    }

    @Test func loaderOptionsTooManyForTheirRowsScrollToTheSelectedOne() async {
        let browser = await browser(width: 40, height: 10)
        await browser.press(.char("f"), .char("O"), .char("j"), .char("j"), .char("j"))
        Snapshot.assert(browser.grid, named: "builder-options-40x10")
        #expect(browser.grid.dump().contains("Skip list failures"), "the fourth option, selected, shows")
    }

    @Test func narrowOptionRowsCutTheTitlesAndKeepTheValues() async {
        let browser = await browser(width: 24, height: 9)
        await browser.press(.char("f"), .char("O"), .char(" "))
        Snapshot.assert(browser.grid, named: "builder-options-24x9")
        let rows = browser.grid.dump().split(separator: "\n")
        #expect(rows.contains { $0.contains("Keep Markdown…") && $0.contains(" on") }, "the value shows beside a cut title")
        #expect(rows.contains { $0.contains("Index restric…") && $0.contains("unset") })
    }

    @Test func labelPickerAt40x12() async {
        let browser = await browser(width: 40, height: 12)
        await browser.press(.char("f"), .tab, .tab)
        Snapshot.assert(browser.grid, named: "builder-label-40x12")
        await browser.type("a")
        Snapshot.assert(browser.grid, named: "builder-label-40x12-filtered")
    }

    @Test func definitionsListAndExportAtEverySize() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-snap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        var component = templateAccount.sourceTemplate!
        component.select(.space(key: "ENG"))
        try await store.save(DataSourceDefinition(name: "eng-docs", account: "work", component: component))
        component.select(.label("設計"))
        try await store.save(DataSourceDefinition(name: "design-label", account: "work", component: component))
        for (width, height) in [(120, 40), (80, 24), (40, 12)] {
            let browser = await browser(width: width, height: height, store: directory)
            await browser.press(.char("d"))
            Snapshot.assert(browser.grid, named: "definitions-\(width)x\(height)")
            await browser.press(.char("E"))
            Snapshot.assert(browser.grid, named: "definitions-export-\(width)x\(height)")
            await browser.press(.escape, .char("x"))
            Snapshot.assert(browser.grid, named: "definitions-confirm-\(width)x\(height)")
        }
        // Too short for detail rows of their own, the details take the list's empty rows.
        let short = await browser(width: 40, height: 10, store: directory)
        await short.press(.char("d"))
        Snapshot.assert(short.grid, named: "definitions-40x10")
        #expect(short.grid.dump().contains("selects by search"))
    }

    @Test func loaderOptionsAndTheProjectIDAt80x24() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-snap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var component = templateAccount.sourceTemplate!
        component.select(.space(key: "ENG"))
        component.failureHandling = FailureHandling(skipListFailures: false)
        try await DefinitionStore(directory: directory).save(DataSourceDefinition(name: "eng-docs", account: "work", component: component))
        for (width, height) in [(80, 24), (40, 12)] {
            let browser = await browser(width: width, height: height, store: directory)
            await browser.press(.char("d"), .char("O"), .char(" "), .char("j"))
            Snapshot.assert(browser.grid, named: "definitions-options-\(width)x\(height)")
        }
        let browser = await browser(width: 80, height: 24, store: directory)
        await browser.press(.char("d"), .enter, .tab, .char("I"))
        await browser.type("proj-1")
        await browser.press(.enter)
        Snapshot.assert(browser.grid, named: "definitions-export-project-80x24")
        // A project id too wide for the notes' rows takes rows from the script above, and is read whole.
        let narrow = await self.browser(width: 50, height: 16, store: directory)
        await narrow.press(.char("d"), .enter, .tab, .char("I"))
        await narrow.type("3f1c2b7e-0d4a-4c9b-9e2f-6a5b4c3d2e1f")
        await narrow.press(.enter)
        Snapshot.assert(narrow.grid, named: "definitions-export-long-project-50x16")
    }
}
