import ConfluenceKit
@testable import DataSources
import Foundation
import Testing

/// The report's JSON is snake_case with the documented keys, and round-trips; the progress line reads well.
struct IngestReportTests {
    @Test func reportEncodesWithTheDocumentedSnakeCaseKeys() async throws {
        let (client, _) = PreviewSamples.site(.cloud).client()
        let report = try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        let data = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "selector", "site", "site_kind", "complete", "expected_count", "page_count", "total_characters", "estimated_tokens",
            "token_estimate_basis", "largest_pages", "failed_pages", "skipped", "not_pages", "page_ids", "requests", "retries",
            "rate_limit_waits", "rate_limit_wait_seconds", "elapsed_seconds",
        ])
        let largest = try #require((object["largest_pages"] as? [[String: Any]])?.first)
        #expect(Set(largest.keys) == ["id", "title", "space_key", "characters", "estimated_tokens"])
        let skipped = try #require((object["skipped"] as? [[String: Any]])?.first)
        #expect(Set(skipped.keys) == ["reason", "count", "page_ids", "note"])
        #expect(object["page_ids"] as? [String] == IngestPreviewFullPassTests.engIDs)
        #expect(try JSONDecoder().decode(IngestReport.self, from: data) == report)
    }

    @Test func requestsAreCountedFromTheClientsEvents() async throws {
        let (client, transport) = PreviewSamples.site(.dataCenter).client()
        let report = try await IngestPreview(client: client, selector: .label("howto")).fullPass()
        #expect(report.requests == (await transport.requests.count))
    }

    @Test func progressLineShowsCountsSpeedETAAndWaits() {
        let progress = IngestProgress(done: 100, total: 400, failed: 2, elapsed: .seconds(2), rateLimitWait: .milliseconds(1500), requests: 5, retries: 1)
        #expect(progress.pagesPerSecond == 50)
        #expect(progress.estimatedTimeLeft == .seconds(6))
        #expect(progress.description == "100/400 pages, 50.0 pages/s, ETA 6 s, 2 failed, waiting 1.5 s (rate limit)")
        let unknown = IngestProgress(done: 0, total: nil, failed: 0, elapsed: .zero, rateLimitWait: nil, requests: 0, retries: 0)
        #expect(unknown.description == "0/? pages, 0.0 pages/s")
    }

    @Test func listedIdsThatNameNoPageAreSaidOnce() {
        let page = PreviewEntry(id: "1", title: "Start", spaceKey: "ENG", breadcrumb: ["ENG"])
        let post = PreviewEntry(id: "2", kind: .blogpost, title: "News", spaceKey: "ENG", breadcrumb: ["ENG"])
        let folder = PreviewEntry(id: "3", kind: .folder, title: "Roadmaps", spaceKey: "ENG", breadcrumb: ["ENG"])
        let board = PreviewEntry(id: "4", kind: .whiteboard, title: "Sketch", spaceKey: "ENG", breadcrumb: ["ENG"])
        #expect(IngestQuickLook(total: 2, first: [page, post]).notPages.isEmpty)
        #expect(NotAPage.warning([], selector: .pageIDs(["1"])) == nil)
        let one = IngestQuickLook(total: 3, first: [page, folder, post]).notPages
        #expect(one == [NotAPage(id: "3", kind: .folder, title: "Roadmaps")])
        #expect(NotAPage.warning(one, selector: .pageIDs(["1", "3"])) == "a listed id names no page: 3 (folder Roadmaps); an ingestion pulls it as a document "
            + "without text, and not the pages in it; list those pages' ids instead")
        #expect(NotAPage.warning([NotAPage(id: "4", kind: .whiteboard, title: "Sketch")], selector: .pageIDs(["4"]))
            == "a listed id names no page: 4 (whiteboard Sketch); an ingestion pulls it as a document without text")
        let two = IngestQuickLook(total: 2, first: [board, folder]).notPages
        #expect(NotAPage.warning(two, selector: .pageIDs(["4", "3"]))?.hasPrefix("2 listed ids name no page: 4 (whiteboard Sketch), 3 (folder Roadmaps); "
            + "an ingestion pulls them as documents without text, and not the pages in them") == true)
        // Matched by a search, not listed: no advice to list ids; CQL is told how to leave them out.
        #expect(NotAPage.warning(one, selector: .cql("space = ENG")) == "a selected item is no page: 3 (folder Roadmaps); an "
            + "ingestion pulls it as a document without text; add `type = page` to the CQL to leave it out")
        #expect(NotAPage.warning(two, selector: .label("x"))?.hasSuffix("an ingestion pulls them as documents without text") == true)
    }
}
