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
            "token_estimate_basis", "largest_pages", "failed_pages", "skipped", "page_ids", "requests", "retries",
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
}
