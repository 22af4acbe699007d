import DataSources
import Foundation
import Testing
import TestSupport

/// The loader switches as one set: read and written on the component, saved by the store, and the project id check.
struct LoaderOptionTests {
    @Test func theComponentReadsAndWritesEachOption() {
        var component = Fixtures.full.component
        #expect(component.loaderOptions == [.keepMarkdownFormat: true, .indexRestrictedPages: false, .skipListFailures: true])
        component.loaderOptions = [.indexRestrictedPages: true]
        #expect(component.keepMarkdownFormat == nil && component.indexRestrictedPages == true)
        #expect(component.failureHandling == nil, "unsetting its only field drops failure_handling")
        component[.skipListFailures] = false
        #expect(component.failureHandling == FailureHandling(skipListFailures: false))
        #expect(component.syncPermissions == true && component.supportsAccessControl == false, "the other flags are left alone")
    }

    @Test func theSummaryNamesTheSetOnesAndTheDefault() {
        #expect(LoaderOption.summary([:]) == "all unset (LlamaCloud's default, off)")
        #expect(LoaderOption.summary([.skipListFailures: false, .keepMarkdownFormat: true])
                == "Keep Markdown format on · Skip list failures off · the rest unset (default off)")
        #expect(LoaderOption.summary([.skipListFailures: true, .keepMarkdownFormat: false, .indexRestrictedPages: true])
                == "Keep Markdown format off · Index restricted pages on · Skip list failures on")
        #expect(LoaderOption.skipListFailures.field == "failure_handling.skip_list_failures")
    }

    @Test func theStoreSetsTheOptionsAndTheExportCarriesThem() async throws {
        try await ScratchDirectory.with { directory in
            let store = DefinitionStore(directory: directory, lockTimeout: .seconds(5))
            try await store.save(Fixtures.full)
            try await store.setLoaderOptions("eng-docs", [.indexRestrictedPages: true])
            let updated = try store.show("eng-docs")
            #expect(updated.component.loaderOptions == [.indexRestrictedPages: true])
            #expect(updated.component.syncPermissions == true && updated.component.spaceKey == "ENG")
            let json = try DefinitionExporter.export(updated, as: .llamaCloudJSON)
            #expect(json.contains("\"index_restricted_pages\": true"))
            #expect(!json.contains("keep_markdown_format") && !json.contains("failure_handling"), "unset options are left out")
            await #expect(throws: DefinitionStoreError.self) { try await store.setLoaderOptions("absent", [:]) }
        }
    }

    @Test func aProjectIDIsOneWord() {
        #expect(LlamaCloudProjectID.problem("proj-1") == nil)
        #expect(LlamaCloudProjectID.problem("0b7e1c2a-0d4f-4c55-9a8e-2f1f7d3b6a90") == nil)
        #expect(LlamaCloudProjectID.problem("")?.hasPrefix("it is empty") == true)
        #expect(LlamaCloudProjectID.problem("two words")?.contains("one word") == true)
        #expect(LlamaCloudProjectID.problem("id\u{1B}[2J")?.contains("control character") == true)
    }
}
