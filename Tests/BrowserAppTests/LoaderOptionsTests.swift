import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// The definitions overlay's loader options panel (`O`) and the export view's project id (`I`), on the reducer alone.
struct LoaderOptionsTests {
    /// The definitions overlay open on one label definition with `options` saved.
    private func overlay(_ options: [LoaderOption: Bool] = [:]) -> ReducerHarness {
        var harness = ReducerHarness(accounts: [templateAccount])
        harness.loadSpaces()
        guard case .loadDefinitions(let token)? = harness.press(.char("d")).first else {
            Issue.record("d did not load the definitions")
            return harness
        }
        var component = templateAccount.sourceTemplate!
        component.select(.label("runbook"))
        component.loaderOptions = options
        harness.send(.definitionsLoaded(token: token, .success(DefinitionList(
            definitions: [DataSourceDefinition(name: "runbooks", account: "work", component: component)]))))
        return harness
    }

    @Test func spaceCyclesUnsetOnOffAndSSavesEveryOption() {
        var harness = overlay([.skipListFailures: false])
        harness.press(.char("O"))
        #expect(harness.state.definitions?.options?.editor.values == [.skipListFailures: false], "the panel opens on the saved values")
        harness.press(.char(" "))
        #expect(harness.state.definitions?.options?.editor.values[.keepMarkdownFormat] == true)
        harness.press(.char(" "))
        #expect(harness.state.definitions?.options?.editor.values[.keepMarkdownFormat] == false)
        harness.press(.char(" "))
        #expect(harness.state.definitions?.options?.editor.values[.keepMarkdownFormat] == nil, "a third press unsets it again")
        harness.press(.char("h"), .char("j"), .enter, .char("j"), .char("j"), .char("l"))
        #expect(harness.state.definitions?.options?.editor.selected == .skipListFailures, "j stops at the last option")
        #expect(harness.state.definitions?.options?.editor.values == [.keepMarkdownFormat: false, .indexRestrictedPages: true])
        guard case .setLoaderOptions("runbooks", let values, let token)? = harness.press(.char("s")).first else {
            Issue.record("s did not save the options: \(harness.effects)")
            return
        }
        #expect(values == [.keepMarkdownFormat: false, .indexRestrictedPages: true])
        #expect(harness.state.definitions?.options == nil && harness.state.definitions?.pending == token)
        let reload = harness.send(.definitionsChanged(token: token, .success("Saved.")))
        #expect(reload.contains { if case .loadDefinitions = $0 { true } else { false } }, "the listing is read again to show them")
    }

    @Test func escLeavesTheOptionsAsSaved() {
        var harness = overlay()
        #expect(harness.press(.char("O"), .char(" "), .escape).isEmpty)
        #expect(harness.state.definitions?.options == nil && harness.state.definitions != nil, "Esc closes the panel, not the overlay")
        #expect(harness.state.definitions?.message?.text == "The loader options of runbooks were left as saved.")
    }

    @Test func theDetailsSayWhichOptionsAreSet() {
        let harness = overlay([.keepMarkdownFormat: true])
        let text = AppView.grid(for: harness.state, theme: Theme()).text
        #expect(text.contains("loader options: Keep Markdown format on · the rest unset (default off)"))
    }

    @Test func theProjectIDIsCheckedKeptForTheSessionAndUsedByTheScripts() throws {
        var harness = overlay()
        harness.press(.enter, .char("I"))
        #expect(harness.state.definitions?.prompt == nil, "the JSON body has no place for a project id, as with --project-id")
        #expect(harness.state.definitions?.message?.text.hasPrefix("The llamacloud-json body has no place for a project id") == true)
        harness.press(.tab, .char("I"))
        harness.type("two words")
        harness.press(.enter)
        #expect(harness.state.llamaCloudProjectID == nil)
        #expect(harness.state.definitions?.message?.text.contains("cannot be used: it holds a space") == true)
        #expect(harness.state.definitions?.prompt?.field.text == "two words", "the refused id stays in its prompt to be corrected")
        harness.press(.ctrl("u"))
        harness.type("proj-1")
        harness.press(.enter)
        #expect(harness.state.llamaCloudProjectID == "proj-1")
        #expect(harness.state.status.shownError == nil, "an id that is accepted retires the refusal from the status line")
        #expect(try #require(harness.state.definitions?.export?.output).contains("project_id=\"proj-1\""), "the python script creates it there")
        // Kept for the session: another export of another format uses it too.
        harness.press(.escape, .escape, .char("d"))
        harness.send(.definitionsLoaded(token: try #require(harness.state.definitions?.phase.pendingToken), .success(DefinitionList(
            definitions: [DataSourceDefinition(name: "runbooks", account: "work", component: templateAccount.sourceTemplate!.selecting(.label("x")))]))))
        harness.press(.enter, .backTab)
        #expect(try #require(harness.state.definitions?.export?.output).contains("data-sources?project_id=proj-1"), "curl posts to that project")
        // An empty id goes back to the key's default project.
        harness.press(.char("I"), .ctrl("u"), .enter)
        #expect(harness.state.llamaCloudProjectID == nil)
        #expect(try #require(harness.state.definitions?.export?.output).contains("project_id") == false)
    }
}

/// The builder's options panel: the draft carries the options into the definition it saves.
struct BuilderLoaderOptionsTests {
    @Test func theDraftSavesTheOptionsSetInItsPanel() {
        var harness = ReducerHarness(accounts: [templateAccount])
        harness.loadSpaces()
        harness.press(.char("f"))
        #expect(harness.screen.contains("Loader options (O): all unset (LlamaCloud's default, off)"))
        harness.press(.char("O"), .char("j"), .char(" "))
        #expect(harness.state.builder?.showsOptions == true)
        #expect(harness.screen.contains("Saved with the definition: Index restricted pages on"))
        harness.press(.escape)
        #expect(harness.state.builder?.showsOptions == false && harness.state.builder != nil, "Esc returns to the mode, keeping the options")
        #expect(harness.screen.contains("Loader options (O): Index restricted pages on · the rest unset (default off)"))
        harness.press(.char("s"))
        harness.type("eng")
        guard case .saveDefinition(let definition, _, _)? = harness.press(.enter).first else {
            Issue.record("the draft was not saved: \(harness.effects)")
            return
        }
        #expect(definition.component.loaderOptions == [.indexRestrictedPages: true])
        #expect(definition.selector == .space(key: "ENG"))
    }

    @Test func inATextModeCtrlROpensThePanelAndOIsText() {
        var harness = ReducerHarness(accounts: [templateAccount])
        harness.loadSpaces()
        harness.press(.char("f"), .backTab)
        harness.type("O")
        #expect(harness.state.builder?.cql.text == "O" && harness.state.builder?.showsOptions == false)
        #expect(harness.screen.contains("Loader options (Ctrl-R)"))
        harness.press(.ctrl("u"))
        harness.type("type = page")
        harness.press(.ctrl("r"), .char(" "))
        #expect(harness.screen.contains("Space cycle  s save  Esc back  j down  k up"), "the panel's letters are keys, not text")
        harness.press(.char("s"))
        #expect(harness.state.builder?.namePrompt != nil, "s in the panel saves the draft")
        #expect(harness.state.builder?.loaderOptions.values == [.keepMarkdownFormat: true])
    }
}

private extension ConfluenceDataSource {
    /// A copy selecting `selector`.
    func selecting(_ selector: Selector) -> ConfluenceDataSource {
        var copy = self
        copy.select(selector)
        return copy
    }
}
