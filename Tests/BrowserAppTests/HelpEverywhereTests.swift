import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// The help opens wherever keys go: F1 where letters are typed (the `/` line, a name prompt, the account form), `?`
/// over the export view and the loader options, each listing the keys that work there.
@MainActor
struct HelpEverywhereTests {
    private func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ctui-help-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func f1OpensTheHelpWhereLettersAreTyped() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FakeAccountManager()
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     definitionStore: DefinitionStore(directory: directory), accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.char("/"), .char("?"))
        #expect(browser.state.overlay == nil && browser.state.input?.field.text == "?", "? is typed in the / line")
        await browser.press(.function(1))
        #expect(browser.state.overlay == .help(offset: 0))
        await browser.press(.escape, .escape)
        await browser.press(.char("f"), .char("s"), .function(1))
        #expect(browser.state.builder?.namePrompt != nil && browser.state.overlay == .help(offset: 0), "over the Save as prompt")
        #expect(browser.grid.text.contains("Name prompt keys") && browser.grid.text.contains("back to the builder, not saved"),
                "the prompt's own keys, not the builder's: \(browser.grid.text)")
        #expect(!browser.grid.text.contains("next tab"))
        await browser.press(.escape, .escape, .escape)
        await browser.press(.backTab, .char("a"), .char("?"))
        #expect(browser.state.accounts.form?.inputs[.name]?.text == "?")
        #expect(browser.grid.text.contains("F1 help"), "the form offers it:\n\(browser.grid.text)")
        await browser.press(.function(1))
        #expect(browser.grid.text.contains("Account form keys") && browser.grid.text.contains("Alt-B/F"), "\(browser.grid.text)")
        await browser.press(.escape)
        #expect(browser.state.overlay == nil && browser.state.accounts.form != nil, "closing the help leaves the form")
    }

    @Test func questionMarkOpensTheHelpOverTheExportAndTheOptions() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        var component = try #require(templateAccount.sourceTemplate)
        component.select(.space(key: "ENG"))
        try await store.save(DataSourceDefinition(name: "eng", account: "work", component: component))
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     definitionStore: store)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.char("d"), .enter)
        #expect(browser.grid.text.contains("? help"), "the export view offers it:\n\(browser.grid.text)")
        await browser.press(.char("?"))
        #expect(browser.grid.text.contains("Export keys") && browser.grid.text.contains("write it to a new file"), "\(browser.grid.text)")
        await browser.press(.escape, .escape, .char("O"), .char("?"))
        #expect(browser.state.overlay == .help(offset: 0) && browser.state.definitions?.options != nil, "over the loader options")
    }
}
