import ConfluenceKit
@testable import DataSources
import Foundation
import Testing

/// The quick look: the count from `totalSize` with `limit=0`, and the first titles with space and breadcrumb.
struct IngestPreviewQuickTests {
    @Test func spaceCountIncludesArchivedSpacesAndFirstPagesComeFromTheListing() async throws {
        let fake = PreviewSamples.site(.cloud)
        let (client, transport) = fake.client()
        let look = try await IngestPreview(client: client, selector: .space(key: "ENG")).quickLook()
        #expect(look.total == 7)
        #expect(look.first.map(\.id) == ["101", "102", "103", "104", "105", "106", "107"])
        #expect(look.first[1] == PreviewEntry(id: "102", title: "Page 2", spaceKey: "ENG", breadcrumb: ["ENG", "Page 1"]))
        let targets = await transport.requests.map(\.target)
        #expect(targets.contains("/wiki/rest/api/search?cql=type%3D%22page%22%20AND%20space%3D%22ENG%22&limit=0&includeArchivedSpaces=true"))
        #expect(targets.contains("/wiki/rest/api/content?spaceKey=ENG&type=page&status=current&expand=space%2Cancestors&limit=50"))
        #expect(targets.contains("/wiki/api/v2/spaces?keys=ENG&limit=1"), "the space is looked up by its exact key, as the full pass does")
        #expect(targets.count == 6)  // the space, the count, then 4 listing pages of at most 2 (the fake's cap)
    }

    @Test func quickLookStopsAtFiftyTitles() async throws {
        let pages = (1...120).map { FakeConfluence.Page(id: String(1000 + $0), title: "T\($0)", space: "BIG", body: "<p>x</p>") }
        let fake = FakeConfluence(kind: .dataCenter, pages: pages, v1Cap: 25)
        let (client, transport) = fake.client()
        let look = try await IngestPreview(client: client, selector: .space(key: "BIG")).quickLook()
        #expect(look.total == 120)
        #expect(look.first.count == 50)
        #expect(look.first.first?.id == "1001")
        #expect(look.first.last?.id == "1050")
        #expect(await transport.requests.count == 4)  // the space, the count, two listing pages of 25
    }

    @Test func labelCountLeavesArchivedSpacesOut() async throws {
        let fake = PreviewSamples.site(.dataCenter)
        let (client, transport) = fake.client()
        let look = try await IngestPreview(client: client, selector: .label("howto")).quickLook()
        #expect(look.total == 2)
        #expect(look.first.map(\.id) == ["101", "102"])
        let targets = await transport.requests.map(\.target).sorted()
        #expect(targets == [
            "/rest/api/content/search?cql=type%3D%22page%22%20AND%20label%3D%22howto%22&expand=space%2Cancestors&limit=50",
            "/rest/api/search?cql=type%3D%22page%22%20AND%20label%3D%22howto%22&limit=0",
        ])
    }

    @Test func pageIDsCountSearchesForTheIdsAndFetchesThoseNotFoundAsTheReaderDoes() async throws {
        let fake = PreviewSamples.site(.cloud)
        let (client, transport) = fake.client()
        let preview = IngestPreview(client: client, selector: .pageIDs(["105", "199", "999", "101", "105"]))
        #expect(try await preview.count() == 3, "the id the site does not know is not counted as pulled")
        #expect(Set(await transport.requests.map(\.target)) == [
            "/wiki/rest/api/content/search?cql=id%20in%20%28105%2C199%2C999%2C101%29&limit=4",
            "/wiki/rest/api/content/199", "/wiki/rest/api/content/999",
        ], "one search finds the current pages; the archived page it leaves out and the unknown id are each fetched alone")
        let counted = await transport.requests.count
        let first = try await preview.firstPages()
        #expect(first.map(\.id) == ["105", "199", "101"])
        #expect(first.map(\.isArchived) == [false, true, false], "the archived page is marked, as the lists tag it")
        let coded = try JSONDecoder().decode([PreviewEntry].self, from: JSONEncoder().encode(first))
        #expect(coded == first)
        #expect(try String(decoding: JSONEncoder().encode(first[0]), as: UTF8.self).contains("archived") == false,
                "a current page's entry keeps the shape it had")
        let look = try await preview.quickLook()
        #expect(look.total == 3 && look.missing == ["999"], "the id the site does not know is named, and not counted as pulled")
        let looked = await transport.requests.dropFirst(counted + 4).map(\.target)
        #expect(Set(looked) == Set(["105", "199", "999", "101"].map { "/wiki/rest/api/content/\($0)?expand=space%2Cancestors" }),
                "the quick look fetches each id once, its count coming from the same lookups")
    }

    @Test func everyListedIdIsCheckedAHundredASearchAndAnIdNotDigitsNeverEntersTheQuery() async throws {
        let pages = (1...230).map { FakeConfluence.Page(id: String(5000 + $0), title: "T\($0)", space: "ENG", body: "<p>x</p>") }
        let fake = FakeConfluence(kind: .dataCenter, pages: pages, v1Cap: 500)
        let (client, transport) = fake.client()
        let ids = pages.map(\.id) + ["1) OR (space = ENG"]
        #expect(try await IngestPreview(client: client, selector: .pageIDs(ids)).count() == 230)
        let targets = await transport.requests.map(\.target)
        #expect(targets.filter { $0.hasPrefix("/rest/api/content/search?") }.count == 3)
        #expect(!targets.contains { $0.contains("search") && $0.contains("space") })
        #expect(targets.filter { !$0.hasPrefix("/rest/api/content/search?") } == ["/rest/api/content/1%29%20OR%20%28space%20%3D%20ENG"])
    }

    /// An id past the first fifty that the site lacks is left out of the count and named, as one among them is.
    @Test func theQuickLookCountsIdsPastTheFirstFiftyThatTheSiteLacks() async throws {
        let pages = (1...60).map { FakeConfluence.Page(id: String(7000 + $0), title: "T\($0)", space: "ENG", body: "<p>x</p>") }
        let fake = FakeConfluence(kind: .cloud, pages: pages, v1Cap: 500)
        let (client, _) = fake.client()
        var ids = pages.map(\.id)
        ids[55] = "7999"
        let look = try await IngestPreview(client: client, selector: .pageIDs(ids)).quickLook()
        #expect(look.total == 59)
        #expect(look.first.count == 50 && look.missing == ["7999"])
    }

    @Test func aRejectedQueryIsAnErrorWithTheServersSentence() async throws {
        let fake = PreviewSamples.site(.cloud)
        let (client, _) = fake.client()
        let error = await #expect(throws: IngestPreviewError.self) {
            try await IngestPreview(client: client, selector: .cql("type = = page")).quickLook()
        }
        #expect(error?.confluenceError?.status == 400)
        #expect(error?.description.contains("Could not parse cql : type = = page") == true)
    }

    @Test func aDefinitionNeedsExactlyOneSelector() async throws {
        let fake = PreviewSamples.site(.cloud)
        let (client, _) = fake.client()
        var definition = DataSourceDefinition(name: "docs", component: ConfluenceDataSource(serverURL: "https://x", authenticationMechanism: .basic))
        let none = #expect(throws: IngestPreviewError.self) { try IngestPreview(client: client, definition: definition) }
        #expect(none?.description == "the definition \"docs\" has no selector to preview; set one of space_key, page_ids, label or cql")
        definition.component.spaceKey = "ENG"
        definition.component.label = "howto"
        let several = #expect(throws: IngestPreviewError.self) { try IngestPreview(client: client, definition: definition) }
        #expect(several?.description == "the definition \"docs\" sets space_key and label; a preview needs exactly one selector")
        definition.component.label = nil
        let preview = try IngestPreview(client: client, definition: definition)
        #expect(preview.selector == .space(key: "ENG"))
    }
}
