import BrowserApp
import ConfluenceEmulator
import ConfluenceKit
import DataSources
import Testing

/// The cheap count (the builder's `Ctrl-T`, the definitions' `p`) and the ingestion preview (`P`, `preview`) give the
/// reader's number for the same selection, on the demo site, where search leaves out the archived space ARCH and the
/// archived page 65705 that the reader's listing and id fetches pull.
struct SelectionCountTests {
    /// The archived space's current pages, from the site's own files.
    private static func currentPages(of key: String) throws -> [String] {
        try DemoSiteFacts.load().itemsBySpace[key, default: []].filter { $0.type == "page" && $0.status == "current" }.map(\.id)
    }

    @Test(arguments: [Flavor.cloud, .dataCenter])
    func anArchivedSpaceCountsWhatItsListingHolds(flavor: Flavor) async throws {
        let expected = try Self.currentPages(of: "ARCH")
        #expect(!expected.isEmpty)
        try await EmulatedSite.with(flavor) { emulated in
            let selector = ConfluenceDataSource.Selector.space(key: "ARCH")
            let preview = IngestPreview(client: emulated.client, selector: selector)
            let listed = try await emulated.client.spacePages(key: "ARCH", expand: "", limit: 100).collect()
            #expect(Set(listed.map(\.id)) == Set(expected))
            #expect(try await preview.count() == listed.count)
            #expect(try await preview.quickLook().total == listed.count)
            #expect(try await ConfluenceBackend(client: emulated.client).count(of: selector) == listed.count)
            #expect(try await emulated.client.count(cql: selector.equivalentCQL) == 0, "search alone leaves the archived space out")
        }
    }

    @Test(arguments: [Flavor.cloud, .dataCenter])
    func listedIdsCountAnArchivedPageAsTheReaderFetchesIt(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let selector = ConfluenceDataSource.Selector.pageIDs(["65705", "65740"])
            let preview = IngestPreview(client: emulated.client, selector: selector)
            let look = try await preview.quickLook()
            #expect(look.total == 2 && look.missing.isEmpty)
            #expect(try await preview.count() == look.total)
            #expect(try await ConfluenceBackend(client: emulated.client).count(of: selector) == look.total)
            #expect(try await emulated.client.count(cql: selector.equivalentCQL) == 1, "search alone leaves the archived page out")
        }
    }

    @Test func anIdTheSiteLacksIsLeftOutOfBothCounts() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let preview = IngestPreview(client: emulated.client, selector: .pageIDs(["65740", "99999999", "65740"]))
            let look = try await preview.quickLook()
            #expect(look.missing == ["99999999"])
            #expect(look.total == 1)
            #expect(try await preview.count() == look.total)
        }
    }
}
