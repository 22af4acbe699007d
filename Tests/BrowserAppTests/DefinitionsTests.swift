import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// Saving from the builder and managing definitions, through the real runner and a store in a scratch folder.
@MainActor
struct DefinitionsTests {
    /// A fresh folder removed by the caller's `defer`.
    private func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-definitions-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func browser(in directory: URL, width: Int = 120, height: Int = 40,
                         backend: FixtureBackend = FixtureBackend()) async -> (HeadlessBrowser, FixtureBackend) {
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     definitionStore: DefinitionStore(directory: directory.appendingPathComponent("sources")))
        let browser = HeadlessBrowser(backend: backend, width: width, height: height, options: options)
        await browser.settle()
        return (browser, backend)
    }

    /// A scratch configuration folder whose `sources` holds `files` (name to content), written as a hand edit would.
    private func folder(holding files: [String: String]) throws -> (directory: URL, sources: URL) {
        let directory = scratch()
        let sources = directory.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: sources.appendingPathComponent(name)) }
        return (directory, sources)
    }

    @Test func anEmptyListOffersOnlyWhatWorks() async {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, _) = await browser(in: directory)
        await browser.press(.char("d"))
        let text = browser.grid.text
        #expect(text.contains("No definitions yet"))
        #expect(text.contains("Esc close") && text.contains("r reload") && !text.contains("export") && !text.contains("delete"),
                "no key offered that has nothing to act on:\n\(text)")
    }

    /// A file copied by hand, holding another name, goes by its file name, and its details say so.
    @Test func aFileHoldingAnotherNameSaysSo() async throws {
        let (directory, _) = try folder(holding: [
            "copied.json": #"{"name": "other", "component": {"server_url": "https://x.example", "authentication_mechanism": "basic", "cql": "a"}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, _) = await browser(in: directory)
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("its file holds the name \"other\"; it goes by its file name, copied"), "\(browser.grid.text)")
    }

    /// A hand edit the CLI refuses (an invisible character in its key, a query that does not parse) says so in its
    /// details, shows the character, and is neither counted nor exported: nothing is sent, nothing recorded.
    @Test func aHandEditThatBreaksARuleIsShownAndNotRun() async throws {
        let (directory, sources) = try folder(holding: [
            "bidi.json": #"{"name": "bidi", "component": {"server_url": "https://example.atlassian.net/wiki", "authentication_mechanism": "basic", "#
                + #""space_key": "EN\u202eG"}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, backend) = await browser(in: directory)
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("space EN<U+202E>G"), "\(browser.grid.text)")
        #expect(browser.grid.text.contains("not valid: space_key"), "\(browser.grid.text)")
        let calls = backend.calls.count
        await browser.press(.char("p"))
        #expect(browser.grid.text.contains("bidi is not valid, so it is not counted or previewed"), "\(browser.grid.text)")
        #expect(backend.calls.count == calls, "nothing is sent")
        let saved = try DefinitionStore(directory: sources).show("bidi")
        #expect(saved.lastPreview == nil, "no count is recorded")
        await browser.press(.enter)
        #expect(browser.grid.text.contains("Cannot export: the definition \"bidi\" is not valid: space_key"), "\(browser.grid.text)")
        #expect(!browser.grid.text.contains("cannot export: cannot export") && !browser.grid.text.contains("write file"))
        #expect(!browser.grid.text.contains("No secret is included"))
        await browser.press(.char("w"))
        #expect(browser.grid.text.contains("Nothing to write: bidi cannot be exported."), "\(browser.grid.text)")
    }

    /// A hand-edited query the parser refuses is counted by no one: the details say why, before any request.
    @Test func aHandEditedQueryThatDoesNotParseIsNotCounted() async throws {
        let (directory, _) = try folder(holding: [
            "badcql.json": #"{"name": "badcql", "component": {"server_url": "https://example.atlassian.net/wiki", "authentication_mechanism": "basic", "#
                + #""cql": "space = ENG AND"}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, backend) = await browser(in: directory)
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("not valid: cql is not valid CQL"), "\(browser.grid.text)")
        let calls = backend.calls.count
        await browser.press(.char("P"))
        #expect(browser.state.ingestion == nil && backend.calls.count == calls)
        #expect(browser.grid.text.contains("badcql is not valid, so it is not counted or previewed: cql is not valid CQL"), "\(browser.grid.text)")
    }

    /// Two unreadable files: the overlay names the first and says `e` shows both, which it does.
    @Test func everyUnreadableFileIsShownWithE() async throws {
        let (directory, _) = try folder(holding: [
            "bad1.json": "{\"name\": ", "bad2.json": "[1, 2",
            "good.json": #"{"name": "good", "component": {"server_url": "https://x.example", "authentication_mechanism": "basic", "cql": "a"}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, _) = await browser(in: directory)
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("(and 1 more file; e shows them all)"), "\(browser.grid.text)")
        await browser.press(.char("e"))
        #expect(browser.grid.text.contains("bad1.json") && browser.grid.text.contains("bad2.json"), "\(browser.grid.text)")
    }

    /// A marked folder saves the pages below it as ids; one that holds none is refused with a sentence about it.
    @Test func aMarkedFolderSavesItsPagesAndAnEmptyOneIsRefused() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory)
            await browser.press(.enter, .char("j"), .char("l"), .char("j"), .char(" "), .char("f"), .char("s"))   // ENG, then Diagrams/
            await browser.type("diagrams")
            await browser.press(.enter)
            #expect(browser.state.status.notice?.hasPrefix("Saved definition diagrams (page 211)") == true,
                    "\(browser.state.status.notice ?? "") \(browser.state.builder?.saveProblem ?? "") \(browser.grid.text)")
            #expect(try DefinitionStore(directory: directory.appendingPathComponent("sources")).show("diagrams").component.pageIDs == "211")
        }
        var nodes = Fixture.nodes
        nodes["21"]?.children = []
        let (browser, _) = await browser(in: directory, backend: FixtureBackend(nodes: nodes))
        await browser.press(.enter, .char("j"), .char("l"), .char("j"), .char(" "), .char("f"), .char("s"))
        await browser.type("empty")
        await browser.press(.enter)
        #expect(browser.state.builder?.saveProblem == "Not saved: the marked folders hold no current page, so there is nothing to save; "
            + "mark pages, or a folder that holds some", "\(browser.state.builder?.saveProblem ?? "")")
    }

    @Test func markedPagesWithDescendantsAreSavedAsIDs() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, backend) = await browser(in: directory)
            await browser.press(.enter, .char(" "), .char("f"), .char("i"), .char("s"))
            await browser.type("start")
            await browser.press(.enter)
            #expect(browser.state.builder == nil)
            #expect(browser.state.status.notice == "Saved definition start (3 page ids), with 2 descendant pages expanded to ids.")
            #expect(backend.calls.contains("descendants 1"))
            let saved = try DefinitionStore(directory: directory.appendingPathComponent("sources")).show("start")
            #expect(saved.component.pageIDs == "1,11,12")
            #expect(saved.account == "work" && saved.component.userName == "me@example.com")
        }
    }

    @Test func aNameInUseIsRefusedWithTheStoresSentence() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory)
            for _ in 0..<2 {
                await browser.press(.char("f"), .char("s"))
                await browser.type("eng")
                await browser.press(.enter)
            }
            #expect(browser.state.builder?.saveProblem?.contains("already exists") == true)
        }
    }

    /// More definitions than rows say where the selection is; a name the list cuts short is read whole in the details.
    @Test func aLongListShowsItsPositionAndACutNameWhole() async throws {
        let long = "a-definition-name-long-enough-to-be-cut-in-the-list-copy-2"
        let names = (1...9).map { "def-\($0)" } + [long]
        let (directory, _) = try folder(holding: Dictionary(uniqueKeysWithValues: names.map { name in
            (name + ".json", #"{"name": "\#(name)", "component": {"server_url": "https://x.example", "authentication_mechanism": "basic", "cql": "a"}}"#)
        }))
        defer { try? FileManager.default.removeItem(at: directory) }
        let (browser, _) = await browser(in: directory, width: 80, height: 12)
        await browser.press(.char("d"))
        let lines = browser.grid.text.components(separatedBy: "\n")
        #expect(lines[1].contains("a-definition-name-long-enough") && !lines[1].contains(long), "cut in the list")
        #expect(browser.grid.text.contains(long), "the cut name whole in the details:\n\(browser.grid.text)")
        #expect(browser.grid.text.contains("1 of 10"))
        await browser.press(.char("G"))
        #expect(browser.grid.text.contains("10 of 10") && !browser.grid.text.contains(long))
    }

    @Test func theOverlayListsPreviewsRenamesDuplicatesAndDeletesWithAConfirm() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, backend) = await browser(in: directory)
            await browser.press(.char("f"), .char("s"))
            await browser.type("eng")
            await browser.press(.enter, .char("d"))
            #expect(browser.state.definitions?.list.items.map(\.title) == ["eng"])
            #expect(browser.grid.text.contains("space ENG · not previewed"))
            await browser.press(.char("p"))
            #expect(backend.calls.last == "count space ENG", "the selection is counted as the preview counts it, not by its CQL")
            #expect(browser.state.definitions?.selected?.lastPreview?.count == 42)
            #expect(browser.grid.text.contains("eng selects 42 pages now."))
            await browser.press(.char("D"))
            await browser.press(.enter)
            #expect(browser.state.definitions?.list.items.map(\.title) == ["eng", "eng-copy"], "the store lists by name")
            #expect(browser.state.definitions?.list.selectedID == "eng-copy", "the copy is selected")
            await browser.press(.char("R"), .ctrl("u"))
            await browser.type("a-main")
            await browser.press(.enter)
            #expect(browser.state.definitions?.list.items.map(\.title) == ["a-main", "eng"])
            #expect(browser.state.definitions?.list.selectedID == "a-main", "the selection follows the renamed definition")
            #expect(browser.grid.text.contains("Renamed eng-copy to a-main"), "\(browser.grid.text)")
            await browser.press(.char("x"))
            #expect(browser.grid.text.contains("Delete a-main?"))
            #expect(!browser.grid.text.contains("Renamed eng-copy"), "the last sentence is not read as the answer to the question")
            await browser.press(.enter)
            #expect(browser.state.definitions?.list.items.count == 2, "Enter on the default button (Cancel) keeps it")
            await browser.press(.char("x"), .left, .enter)
            #expect(browser.state.definitions?.list.items.map(\.title) == ["eng"])
            #expect(browser.grid.text.contains("Deleted a-main."))
            await browser.press(.escape)
            #expect(browser.state.definitions == nil)
        }
    }

    /// A deleted definition leaves the selection where it was: on the next, or on the one before when it was the last.
    @Test func aDeleteKeepsTheSelectionInPlace() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = DefinitionStore(directory: directory.appendingPathComponent("sources"))
            for name in ["a", "b", "c"] {
                var component = try #require(templateAccount.sourceTemplate)
                component.select(.space(key: "ENG"))
                try await store.save(DataSourceDefinition(name: name, account: "work", component: component))
            }
            let (browser, _) = await browser(in: directory)
            await browser.press(.char("d"), .char("j"), .char("x"), .char("y"))
            #expect(browser.state.definitions?.list.items.map(\.title) == ["a", "c"])
            #expect(browser.state.definitions?.list.selectedID == "c", "the next takes the deleted one's place")
            await browser.press(.char("x"), .char("y"))
            #expect(browser.state.definitions?.list.selectedID == "a", "the last deleted, the one before it")
        }
    }

    /// A failed definition action leaves the status line once one succeeds, its prompt is cancelled, or `e` has shown it whole.
    @Test func aDefinitionErrorRetiresOnSuccessOrOnceRead() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory, width: 30, height: 8)
            for name in ["adrs", "runbooks"] {
                await browser.press(.char("f"), .char("s"))
                await browser.type(name)
                await browser.press(.enter)
            }
            // The overlay opens on runbooks, saved last: adrs is the first.
            await browser.press(.char("d"), .char("g"), .char("R"), .ctrl("u"))
            await browser.type("runbooks")
            await browser.press(.enter)
            #expect(browser.state.status.shownError?.message.contains("already exists") == true)
            #expect(browser.state.definitions?.prompt?.field.text == "runbooks", "the prompt opens again with the text typed, for a fix")
            await browser.press(.ctrl("u"))
            await browser.type("adrs-2")
            await browser.press(.enter)
            #expect(browser.state.definitions?.list.items.map(\.title) == ["adrs-2", "runbooks"])
            #expect(browser.state.status.shownError == nil, "the rename that worked retires the failed one")
            await browser.press(.char("R"), .enter)
            #expect(browser.state.definitions?.message?.text == "adrs-2 keeps its name.",
                    "the same name: nothing to do, so no 'Renamed adrs-2 to adrs-2.', and no earlier sentence left standing")
            await browser.press(.char("D"), .ctrl("u"))
            await browser.type("runbooks")
            await browser.press(.enter)
            #expect(browser.state.status.shownError != nil)
            await browser.press(.escape)
            #expect(browser.state.definitions?.prompt == nil, "Esc closes the prompt that opened again")
            #expect(browser.state.definitions?.message == nil, "and its refusal with it")
            #expect(browser.state.status.shownError == nil, "from the status line too")
            await browser.press(.char("e"))
            #expect(browser.state.overlay == .errorDetail, "e still shows it")
            await browser.press(.escape)
            #expect(browser.state.status.shownError == nil)
            #expect(browser.state.status.lastError != nil)
            await browser.press(.escape)
            #expect(!browser.grid.text.contains("already exists"))
        }
    }

    /// A definition saved through another account is neither counted nor previewed on this window's site: the
    /// refusal names both accounts, and `e` shows it whole.
    @Test func aDefinitionOfAnotherAccountIsNotCountedOnThisOne() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = DefinitionStore(directory: directory.appendingPathComponent("sources"))
            try await store.save(DataSourceDefinition(name: "theirs", account: "other", component: ConfluenceDataSource(
                serverURL: "https://other.atlassian.net/wiki", authenticationMechanism: .basic, userName: "them@example.com", spaceKey: "OPS")))
            let (browser, backend) = await browser(in: directory)
            await browser.press(.char("d"), .char("p"), .char("P"))
            #expect(browser.state.ingestion == nil)
            #expect(!backend.calls.contains { $0.hasPrefix("count") })
            #expect(try store.show("theirs").lastPreview == nil, "no count of the wrong site is recorded")
            let sentence = "theirs selects pages on account other, not on work, which this window browses. "
                + "Open other in the accounts pane first, or run confluence-tui preview --source theirs."
            #expect(browser.state.status.lastError?.message == sentence)
            await browser.press(.char("e"))
            #expect(browser.grid.text.contains("Last error"))
            await browser.press(.escape, .escape)
            try await store.save(DataSourceDefinition(name: "proxied", account: "work", component: ConfluenceDataSource(
                serverURL: "https://proxy.example.com/wiki", authenticationMechanism: .basic, spaceKey: "ENG")))
            await browser.press(.char("d"), .char("p"))
            #expect(browser.state.status.lastError?.message
                == "proxied selects pages on https://proxy.example.com/wiki, not on the site of work, which this window browses; s saves it again on work's site.")
            #expect(!backend.calls.contains { $0.hasPrefix("count") })
        }
    }

    /// `s` saves a definition of this account that names another site again on the account's site and user, after a
    /// confirmation, keeping what it selects and its loader options; one that already reads the site is left alone.
    @Test func sSavesADefinitionAgainOnTheAccountsSite() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let store = DefinitionStore(directory: directory.appendingPathComponent("sources"))
            try await store.save(DataSourceDefinition(name: "moved", account: "work", component: ConfluenceDataSource(
                serverURL: "https://old.example.com/wiki", authenticationMechanism: .basic, userName: "old@example.com",
                spaceKey: "ENG", keepMarkdownFormat: true), lastPreview: PreviewRecord(count: 3, at: Date())))
            let (browser, _) = await browser(in: directory)
            await browser.press(.char("d"))
            #expect(browser.grid.text.contains("s save again"), "offered for a definition the account no longer reads:\n\(browser.grid.text)")
            await browser.press(.char("s"))
            #expect(browser.grid.text.contains("Save moved again on work?"), "\(browser.grid.text)")
            #expect(browser.grid.text.contains("me@example.com from now on") && browser.grid.text.contains("y save  n cancel"),
                    "\(browser.grid.text)")
            await browser.press(.char("n"))
            #expect(try store.show("moved").component.serverURL == "https://old.example.com/wiki", "n leaves it")
            await browser.press(.char("s"), .char("y"))
            let saved = try store.show("moved")
            #expect(saved.component == ConfluenceDataSource(serverURL: "https://example.atlassian.net/wiki", authenticationMechanism: .basic,
                                                            userName: "me@example.com", spaceKey: "ENG", keepMarkdownFormat: true))
            #expect(saved.lastPreview == nil, "a count of the old site is not kept")
            #expect(browser.grid.text.contains("Saved moved again on work: space ENG on https://example.atlassian.net/wiki."), "\(browser.grid.text)")
            #expect(!browser.grid.text.contains("s save again"), "nothing left to save again:\n\(browser.grid.text)")
            await browser.press(.char("s"))
            #expect(browser.state.definitions?.confirm == nil)
            #expect(browser.grid.text.contains("moved is saved as work reads its site"), "\(browser.grid.text)")
        }
    }

    @Test func exportShowsEachFormatWithoutSecretsAndWritesAFile() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory)
            await browser.press(.char("f"), .char("s"))
            await browser.type("eng")
            await browser.press(.enter, .char("d"), .char("E"))
            let json = browser.state.definitions?.export?.output ?? ""
            #expect(json.contains(#""source_type": "CONFLUENCE""#) && json.contains(#""space_key": "ENG""#))
            #expect(!json.contains("api_token"))
            #expect(browser.grid.text.contains("[llamacloud-json]"))
            await browser.press(.tab)
            #expect(browser.state.definitions?.export?.format == .python)
            #expect(browser.state.definitions?.export?.output?.contains("CONFLUENCE_API_TOKEN") == true)
            let target = directory.appendingPathComponent("eng.py").path
            await browser.press(.char("w"), .ctrl("u"))
            await browser.type(target)
            await browser.press(.enter)
            let written = try String(contentsOfFile: target, encoding: .utf8)
            #expect(written == browser.state.definitions?.export?.output)
            #expect(browser.grid.text.contains("Wrote "))
            await browser.press(.char("w"), .ctrl("u"))
            await browser.type(target)
            await browser.press(.enter)
            #expect(browser.state.status.lastError?.message == "\(target) exists and was not replaced; write to another name, or move it away first.")
            #expect(browser.grid.text.contains("move it away first."), "the dialog wraps a long refusal instead of cutting it")
            #expect(try String(contentsOfFile: target, encoding: .utf8) == written)
            #expect(browser.state.definitions?.prompt?.field.text == target, "the path comes back under the refusal, for a fix")
            await browser.press(.escape)
            await browser.press(.char("e"))
            #expect(browser.state.overlay == .errorDetail, "e shows the refusal whole from the export view")
            await browser.press(.escape)
            #expect(browser.state.overlay == nil && browser.state.definitions?.export != nil)
            await browser.press(.char("y"))
            #expect(browser.state.status.notice == "Copied the python export to the clipboard (OSC 52).")
            await browser.press(.char("w"), .ctrl("u"))
            await browser.type(target)
            await browser.press(.enter)
            #expect(browser.state.definitions?.message?.failed == true)
            await browser.press(.ctrl("u"), .enter)
            #expect(browser.state.definitions?.prompt == nil)
            #expect(browser.state.definitions?.message == nil, "an empty name is a cancel: the refusal goes with it")
            await browser.press(.char("w"), .ctrl("u"))
            await browser.type(directory.appendingPathComponent("again.py").path)
            await browser.press(.enter)
            #expect(browser.state.definitions?.message?.text.hasPrefix("Wrote ") == true)
            await browser.press(.tab, .tab)
            #expect(browser.state.definitions?.export?.format == .curl)
            #expect(browser.state.definitions?.message == nil, "the write was of another format: its sentence goes")
            let script = directory.appendingPathComponent("eng.sh").path
            await browser.press(.char("w"), .ctrl("u"))
            await browser.type(script)
            await browser.press(.enter)
            let mode = try FileManager.default.attributesOfItem(atPath: script)[.posixPermissions] as? Int
            // The umask cuts the rest, and tests elsewhere change the process's.
            #expect(mode.map { $0 & 0o700 } == 0o700, "the curl export is a script, ready to run")
            #expect(browser.grid.text.contains("Wrote "))
            await browser.press(.escape)
            #expect(browser.state.definitions?.export == nil && browser.state.definitions != nil)
            #expect(!browser.grid.text.contains("Wrote "), "the write's sentence leaves with the export")
        }
    }

    @Test func loaderOptionsAreSavedIntoTheFileAndExported() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory)
            await browser.press(.char("f"), .char("s"))
            await browser.type("eng")
            await browser.press(.enter, .char("d"), .char("O"), .char(" "), .char("j"), .char("j"), .char(" "), .char(" "), .char("s"))
            #expect(browser.grid.text.contains("Saved the loader options of eng: Keep Markdown format on · Skip list failures off"))
            let saved = try DefinitionStore(directory: directory.appendingPathComponent("sources")).show("eng")
            #expect(saved.component.loaderOptions == [.keepMarkdownFormat: true, .skipListFailures: false])
            await browser.press(.enter)
            let json = try #require(browser.state.definitions?.export?.output)
            #expect(json.contains("\"keep_markdown_format\": true") && json.contains("\"skip_list_failures\": false"))
            #expect(!json.contains("index_restricted_pages"), "an unset option is left to LlamaCloud")
        }
    }

    /// After a save, the overlay opens on the definition saved, not on the first of the list.
    @Test func theOverlayOpensOnTheDefinitionJustSaved() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let (browser, _) = await browser(in: directory)
            await browser.press(.char("f"), .char("s"))
            await browser.type("zeta")
            await browser.press(.enter, .char("f"), .char("s"))
            await browser.type("alpha")
            await browser.press(.enter, .char("f"), .char("s"))
            await browser.type("mid")
            await browser.press(.enter, .char("d"))
            #expect(browser.state.definitions?.list.items.map(\.title) == ["alpha", "mid", "zeta"])
            #expect(browser.state.definitions?.list.selectedID == "mid")
            await browser.press(.escape, .char("d"))
            #expect(browser.state.definitions?.list.selectedID == "alpha", "once: the next opening starts at the top")
        }
    }

    @Test func theExportScrollsToItsLastLineAndSaysHowFarItIs() async throws {
        let directory = scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            // At 60x20 the notes wrap past their rows and take two of the text's: the bottom is still reached.
            let (browser, _) = await browser(in: directory, width: 60, height: 20)
            await browser.press(.char("f"), .char("s"))
            await browser.type("eng")
            await browser.press(.enter, .char("d"), .char("E"), .tab)
            let lines = try #require(browser.state.definitions?.export?.output).split(separator: "\n")
            let scrolled = browser.grid.text.split(separator: "\n").compactMap { $0.firstMatch(of: /(\d+)%/).map { Int($0.1) } }
            #expect(scrolled.count == 1 && scrolled[0]! < 100, "the box's border says how far the text is scrolled:\n\(browser.grid.text)")
            await browser.press(.char("G"))
            let last = try #require(lines.last.map { String($0) })
            #expect(browser.grid.text.contains(last), "the last line shows at the bottom:\n\(browser.grid.text)")
            #expect(browser.grid.text.contains("100%"))
            await browser.press(.char("g"))
            #expect(browser.grid.text.contains(String(lines[0])))
            // Scrolled right at 40 columns, then wide again: the lines fit, and show from their start.
            browser.resize(width: 40, height: 20)
            await browser.settle()
            await browser.press(.char("l"), .char("l"), .char("l"), .char("l"), .char("l"))
            #expect((browser.state.definitions?.export?.text.scrollX ?? 0) > 0)
            browser.resize(width: 160, height: 40)
            await browser.settle()
            #expect(browser.state.definitions?.export?.text.scrollX == 0, "nothing left to scroll to")
            #expect(browser.grid.text.contains(String(lines[0])), "\(browser.grid.text)")
        }
    }

    @Test func withoutAStoreTheOverlaySaysSo() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 24)
        await browser.settle()
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("no configuration folder"))
    }
}
