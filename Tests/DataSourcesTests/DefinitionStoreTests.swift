import DataSources
import Foundation
import LocalStore
import Testing
import TestSupport

struct DefinitionStoreTests {
    private func withStore(_ body: (DefinitionStore, URL) async throws -> Void) async throws {
        try await ScratchDirectory.with { directory in
            let config = ConfigDirectory(url: directory)
            try await body(DefinitionStore(configDirectory: config, lockTimeout: .seconds(5)), config.sourcesDirectory)
        }
    }

    @Test func saveThenShowAndListRoundTrip() async throws {
        try await withStore { store, sources in
            var full = Fixtures.full
            full.lastPreview = PreviewRecord(count: 7, at: Date(timeIntervalSince1970: 1_800_000_000))
            try await store.save(full)
            try await store.save(Fixtures.minimal)
            #expect(try store.show("eng-docs") == full)
            let listing = try store.list()
            #expect(listing.definitions.map(\.name) == ["eng-docs", "minimal"])
            #expect(listing.problems.isEmpty)
            #expect(ScratchDirectory.entries(sources) == [".lock", "eng-docs.json", "minimal.json"])
            #expect(ScratchDirectory.mode(sources) == 0o700)
            #expect(ScratchDirectory.mode(sources.appendingPathComponent("eng-docs.json")) == 0o600)
        }
    }

    /// A definition moved onto another site reads it as the template's user, keeps what it selects and asks the loader,
    /// and forgets a count made on the old site.
    @Test func moveTakesTheSiteAndUserAndKeepsTheRest() async throws {
        try await withStore { store, _ in
            var full = Fixtures.full
            full.lastPreview = PreviewRecord(count: 7, at: Date(timeIntervalSince1970: 1_800_000_000))
            try await store.save(full)
            let template = ConfluenceDataSource(serverURL: "https://dc.example.com/confluence", authenticationMechanism: .basic,
                                                userName: nil, apiToken: "never-kept", spaceKey: "OTHER")
            let moved = try await store.move("eng-docs", onto: template, account: "dc", setting: [.indexRestrictedPages: true])
            var expected = full.component
            expected.serverURL = "https://dc.example.com/confluence"
            expected.userName = nil
            expected.indexRestrictedPages = true
            #expect(moved == DataSourceDefinition(name: "eng-docs", account: "dc", component: expected))
            #expect(try store.show("eng-docs") == moved)
            #expect(moved.component.reads(like: template) && !full.component.reads(like: template))
            await #expect(throws: DefinitionStoreError.self) { try await store.move("nosuch", onto: template, account: "dc") }
        }
    }

    @Test func theFileIsStableReadableJSON() async throws {
        try await withStore { store, sources in
            var minimal = Fixtures.minimal
            minimal.lastPreview = PreviewRecord(count: 2, at: Date(timeIntervalSince1970: 1_800_000_000))
            try await store.save(minimal)
            let text = try String(contentsOf: sources.appendingPathComponent("minimal.json"), encoding: .utf8)
            #expect(text == """
            {
              "component" : {
                "authentication_mechanism" : "oauth2",
                "page_ids" : "123,456",
                "server_url" : "https://wiki.example.com"
              },
              "last_preview" : {
                "at" : "2027-01-15T08:00:00Z",
                "count" : 2
              },
              "name" : "minimal",
              "source_type" : "CONFLUENCE"
            }

            """)
        }
    }

    @Test func listOfAMissingDirectoryIsEmpty() async throws {
        try await withStore { store, _ in
            let listing = try store.list()
            #expect(listing == DefinitionListing())
        }
    }

    @Test func listIsInNameOrder() async throws {
        try await withStore { store, _ in
            for name in ["adrs-copy", "adrs", "Zeta", "a_b"] {
                var definition = Fixtures.full
                definition.name = name
                try await store.save(definition)
            }
            #expect(try store.list().definitions.map(\.name) == ["Zeta", "a_b", "adrs", "adrs-copy"])
        }
    }

    /// Names differing only in case would be one file where the file system ignores case (macOS, Windows).
    @Test func aNameDifferingOnlyInCaseIsRefused() async throws {
        try await withStore { store, _ in
            var definition = Fixtures.full
            definition.name = "eng"
            try await store.save(definition)
            for attempt in [{ () async throws in var twin = definition; twin.name = "Eng"; try await store.save(twin) },
                            { () async throws in try await store.duplicate("eng", as: "ENG") }] {
                await #expect {
                    try await attempt()
                } throws: { error in
                    (error as? DefinitionStoreError)?.description.hasSuffix(#"only in case, which some file systems do not tell apart; choose another name, or use "eng""#) == true
                }
            }
            try await store.save(definition)
            try await store.rename("eng", to: "Eng")
            #expect(try store.list().definitions.map(\.name) == ["Eng"], "a rename that changes only the case is allowed")
        }
    }

    @Test func saveNeverWritesTheToken() async throws {
        try await withStore { store, sources in
            var definition = Fixtures.full
            definition.component.apiToken = "s3cret-token-value"
            try await store.save(definition)
            let text = try String(contentsOf: sources.appendingPathComponent("eng-docs.json"), encoding: .utf8)
            #expect(!text.contains("s3cret"))
            #expect(!text.contains("api_token"))
        }
    }

    @Test func saveRefusesInvalidDefinitions() async throws {
        try await withStore { store, sources in
            var definition = Fixtures.full
            definition.component.label = "two"
            await #expect {
                try await store.save(definition)
            } throws: { error in
                (error as? DefinitionStoreError)?.validationError?.issues.map(\.field) == ["selector"]
            }
            #expect(!FileManager.default.fileExists(atPath: sources.appendingPathComponent("eng-docs.json").path))
        }
    }

    @Test func saveWithoutOverwriteRefusesAnExistingName() async throws {
        try await withStore { store, _ in
            try await store.save(Fixtures.full)
            await #expect {
                try await store.save(Fixtures.full, overwrite: false)
            } throws: { error in
                (error as? DefinitionStoreError)?.isAlreadyExists == true
            }
        }
    }

    @Test func corruptFileIsReportedWithPathAndLineAndLeftUntouched() async throws {
        try await withStore { store, sources in
            try await store.save(Fixtures.minimal)
            let broken = sources.appendingPathComponent("broken.json")
            let text = "{\n  \"name\": \"broken\",\n  \"component\": {\n    \"server_url\": \"https://x\"\n    \"space_key\": \"A\"\n  }\n}\n"
            try Data(text.utf8).write(to: broken)
            let listing = try store.list()
            #expect(listing.definitions.map(\.name) == ["minimal"])
            #expect(listing.problems == [JSONFileProblem(
                path: broken.path, line: 5, column: 5, sentence: "a ',' or '}' was expected but found '\"'"
            )])
            #expect(listing.problems[0].description == "\(broken.path):5:5: a ',' or '}' was expected but found '\"'")

            await #expect {
                try await store.save(DataSourceDefinition(name: "broken", component: Fixtures.minimal.component))
            } throws: { error in
                (error as? DefinitionStoreError)?.fileProblem?.line == 5
            }
            await #expect(throws: DefinitionStoreError.self) { try await store.rename("broken", to: "fixed") }
            await #expect(throws: DefinitionStoreError.self) { try await store.recordPreview("broken", count: 1, at: Date()) }
            #expect(throws: DefinitionStoreError.self) { try store.show("broken") }
            #expect(try String(contentsOf: broken, encoding: .utf8) == text)

            try await store.delete("broken")
            #expect(try store.list().problems.isEmpty)
        }
    }

    @Test(arguments: [
        ("{\"name\": \"x\",\n\"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\",\n \"space_key\": 12}}", 3, "component.space_key should be a string"),
        ("{\"name\": \"x\",\n\"component\": {\n\"authentication_mechanism\": \"basic\"}}", 2, "component is missing the required field \"server_url\""),
        ("{\"name\": \"x\", \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\",\n\"spacekey\": \"A\"}}", 2, "component.spacekey: the component has an unknown field \"spacekey\"; the fields it may have are server_url, authentication_mechanism, user_name, api_token, space_key, page_ids, cql, label, index_restricted_pages, keep_markdown_format, failure_handling, supports_access_control, sync_permissions, class_name"),
        ("{\"name\": \"x\", \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\",\n\n\"api_token\": \"hunter2\", \"cql\": \"a\"}}", 3, "component.api_token: the component holds an api_token; a definition names its account instead of storing a secret, so remove the field"),
        ("", 1, "the file is empty; it should hold a JSON object"),
        ("[1, 2]", 1, "the file should hold a JSON object"),
        ("{\"name\": \"x\",\n \"note\": \"unterminated\n}", 2, "a string is not closed before the end of the line"),
        ("{\"name\": \"x\"} trailing", 1, "there is more text after the end of the JSON value"),
        ("{\"name\": \"x\",\n\"last_preview\": {\"count\": 1, \"at\": \"yesterday\"},\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\", \"cql\": \"a\"}}", 2, "last_preview: expected date string to be ISO8601-formatted."),
        ("{\"name\": \"x\",\n\"last_preview\": {\"count\": -3, \"at\": \"2026-01-01T00:00:00Z\"},\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\", \"cql\": \"a\"}}", 2, "last_preview.count: a page count is a whole number, 0 or more"),
        ("{\"name\": \"x\",\n\"last_preview\": {\"count\": 1.5, \"at\": \"2026-01-01T00:00:00Z\"},\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\", \"cql\": \"a\"}}", 2, "last_preview.count: a page count is a whole number, 0 or more"),
        ("{\"name\": \"x\",\n\"last_preview\": {\"count\": 99999999999999999999, \"at\": \"2026-01-01T00:00:00Z\"},\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\", \"cql\": \"a\"}}", 2, "last_preview.count: a page count is a whole number, 0 or more"),
        ("{\"name\": \"x\",\n\"last_preview\": {\"count\": 1, \"at\": \"2026-01-01T00:00:00Z\", \"by\": \"me\"},\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\", \"cql\": \"a\"}}", 2, "last_preview.by: last_preview has an unknown field \"by\"; the fields it may have are count, at"),
        ("{\"name\": \"x\",\n \"component\": {\"server_url\": \"https://x\", \"authentication_mechanism\": \"basic\",\n \"cql\": \"a\", \"cql\": \"b\"}}", 3, "the field \"cql\" is written twice in one object (first on line 3); keep one"),
    ] as [(String, Int, String)])
    func decodingProblemsPointAtTheirLine(text: String, line: Int, sentence: String) async throws {
        try await withStore { store, sources in
            try ConfigDirectory.createPrivateDirectory(sources)
            let file = sources.appendingPathComponent("x.json")
            try Data(text.utf8).write(to: file)
            let problems = try store.list().problems
            #expect(problems.count == 1)
            #expect(problems.first?.line == line)
            #expect(problems.first?.sentence == sentence)
            #expect(problems.allSatisfy { !$0.description.contains("hunter2") })
            #expect(try String(contentsOf: file, encoding: .utf8) == text)
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() async throws {
        try await withStore { store, sources in
            try ConfigDirectory.createPrivateDirectory(sources)
            var bytes = Data("{\n\"name\": \"".utf8)
            bytes.append(contentsOf: [0xC3, 0x28])
            bytes.append(Data("\"}".utf8))
            try bytes.write(to: sources.appendingPathComponent("x.json"))
            let problem = try #require(try store.list().problems.first)
            #expect(problem.line == 2)
            #expect(problem.sentence == "the text is not valid UTF-8")
        }
    }

    @Test func badFileNamesAreReportedAndHiddenFilesIgnored() async throws {
        try await withStore { store, sources in
            try await store.save(Fixtures.minimal)
            try Data("{}".utf8).write(to: sources.appendingPathComponent("has space.json"))
            try Data("{}".utf8).write(to: sources.appendingPathComponent(".draft.json"))
            try Data("notes".utf8).write(to: sources.appendingPathComponent("README.txt"))
            let listing = try store.list()
            #expect(listing.definitions.map(\.name) == ["minimal"])
            #expect(listing.problems.map(\.path) == [sources.appendingPathComponent("has space.json").path])
            #expect(listing.problems.first?.sentence.hasPrefix("the file name is not a definition name") == true)
        }
    }

    @Test func severalSelectorsInAnImportedFileLoadUntrimmedAndFailValidation() async throws {
        try await withStore { store, sources in
            try ConfigDirectory.createPrivateDirectory(sources)
            let text = #"{"name": "two", "component": {"server_url": "https://x.example", "authentication_mechanism": "basic", "space_key": "A", "label": "b"}}"#
            try Data(text.utf8).write(to: sources.appendingPathComponent("two.json"))
            let definition = try store.show("two")
            #expect(definition.component.spaceKey == "A" && definition.component.label == "b")
            #expect(definition.validationIssues().map(\.sentence) == [
                "a definition takes exactly one selector, but this one sets space_key and label; keep one of them",
            ])
            // No command writes an invalid definition: a copy of it is refused, naming what is wrong.
            let copy = await #expect(throws: DefinitionStoreError.self) { try await store.duplicate("two", as: "three") }
            #expect(copy?.description.hasPrefix("the definition \"two\" is not valid: a definition takes exactly one selector") == true)
            #expect(!store.contains("three"))
        }
    }

    /// A file holding another name goes by its file name; the listing says so.
    @Test func theFileNameIsTheName() async throws {
        try await withStore { store, sources in
            try ConfigDirectory.createPrivateDirectory(sources)
            let text = #"{"name": "other", "component": {"server_url": "https://x.example", "authentication_mechanism": "basic", "cql": "a"}}"#
            try Data(text.utf8).write(to: sources.appendingPathComponent("copied.json"))
            #expect(try store.show("copied").name == "copied")
            let listing = try store.list()
            #expect(listing.definitions.map(\.name) == ["copied"])
            #expect(listing.nameNotes == ["copied.json holds the name \"other\"; the definition goes by its file's name, copied"])
            try await store.save(Fixtures.minimal)
            #expect(try store.list().namesInFiles == ["copied": "other"], "a file holding its own name is no note")
        }
    }

    @Test func renameMovesTheFileAndTheName() async throws {
        try await withStore { store, sources in
            try await store.save(Fixtures.full)
            try await store.rename("eng-docs", to: "engineering")
            #expect(ScratchDirectory.entries(sources) == [".lock", "engineering.json"])
            let renamed = try store.show("engineering")
            #expect(renamed.name == "engineering")
            #expect(renamed.component == Fixtures.full.component)
            let text = try String(contentsOf: sources.appendingPathComponent("engineering.json"), encoding: .utf8)
            #expect(text.contains("\"name\" : \"engineering\""))
        }
    }

    @Test func renameAndDuplicateRefuseTakenAndMissingNames() async throws {
        try await withStore { store, _ in
            try await store.save(Fixtures.full)
            try await store.save(Fixtures.minimal)
            await #expect { try await store.rename("eng-docs", to: "minimal") } throws: { ($0 as? DefinitionStoreError)?.isAlreadyExists == true }
            await #expect { try await store.duplicate("eng-docs", as: "minimal") } throws: { ($0 as? DefinitionStoreError)?.isAlreadyExists == true }
            await #expect { try await store.rename("nope", to: "other") } throws: { ($0 as? DefinitionStoreError)?.isNotFound == true }
            await #expect { try await store.rename("nope", to: "nope") } throws: { ($0 as? DefinitionStoreError)?.isNotFound == true }
            await #expect { try await store.delete("nope") } throws: { ($0 as? DefinitionStoreError)?.isNotFound == true }
            await #expect { try await store.rename("eng-docs", to: "../escape") } throws: {
                ($0 as? DefinitionStoreError)?.description.hasPrefix("the definition name \"../escape\" has a '/'") == true
            }
            #expect(try store.list().definitions.map(\.name) == ["eng-docs", "minimal"])
        }
    }

    @Test func duplicateCopiesUnderTheNewName() async throws {
        try await withStore { store, _ in
            try await store.save(Fixtures.full)
            try await store.duplicate("eng-docs", as: "eng-docs-2")
            let copy = try store.show("eng-docs-2")
            #expect(copy.name == "eng-docs-2")
            #expect(copy.component == Fixtures.full.component)
            #expect(try store.show("eng-docs") == Fixtures.full)
        }
    }

    @Test func recordPreviewUpdatesOnlyTheMetadata() async throws {
        try await withStore { store, _ in
            try await store.save(Fixtures.full)
            let at = Date(timeIntervalSince1970: 1_800_000_123)
            try await store.recordPreview("eng-docs", count: 321, at: at)
            let updated = try store.show("eng-docs")
            #expect(updated.lastPreview == PreviewRecord(count: 321, at: at))
            #expect(updated.component == Fixtures.full.component)
        }
    }

    @Test func deleteRemovesTheFile() async throws {
        try await withStore { store, sources in
            try await store.save(Fixtures.full)
            try await store.delete("eng-docs")
            #expect(ScratchDirectory.entries(sources) == [".lock"])
            #expect { try store.show("eng-docs") } throws: { ($0 as? DefinitionStoreError)?.isNotFound == true }
        }
    }

    @Test func concurrentStoresKeepEveryUpdate() async throws {
        try await withStore { store, sources in
            try await store.save(Fixtures.full)
            // Six writers contend for the lock: enough to interleave, few enough that a busy machine's fsyncs never keep
            // one waiting past the lock's timeout.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        let other = DefinitionStore(directory: sources)
                        var definition = Fixtures.minimal
                        definition.name = "copy-\(index)"
                        try await other.save(definition)
                        try await other.recordPreview("eng-docs", count: index, at: Date(timeIntervalSince1970: 1_800_000_000))
                    }
                }
                try await group.waitForAll()
            }
            let listing = try store.list()
            #expect(listing.definitions.count == 7)
            #expect(listing.problems.isEmpty)
            #expect(ScratchDirectory.entries(sources).filter { $0.contains(".tmp-") }.isEmpty)
        }
    }
}
