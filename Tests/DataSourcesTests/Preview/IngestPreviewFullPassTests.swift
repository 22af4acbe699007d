import ConfluenceKit
@testable import DataSources
import Foundation
import StorageFormat
import Synchronization
import Testing

/// The full pass: the same page set as LlamaIndex's reader per selector, bodies measured, failures and skipped
/// items reported, concurrency within the client's limit, progress, rate-limit waits and cancellation.
struct IngestPreviewFullPassTests {
    static let engIDs = ["101", "102", "103", "104", "105", "106", "107"]

    /// Characters and tokens of the StorageFormat plain text of the sample pages with these ids.
    static func measure(_ ids: [String]) -> (characters: Int, tokens: Int) {
        let bodies = PreviewSamples.pages().filter { ids.contains($0.id) }.compactMap(\.body)
        let texts = bodies.map { StorageDocument.parse($0).plainText() }
        return (texts.map(\.characterCount).reduce(0, +), texts.map(\.estimatedTokenCount).reduce(0, +))
    }

    @Test(arguments: [Site.Kind.cloud, .dataCenter])
    func spaceSelectsTheCurrentPagesAndReportsArchivedOnesSkipped(kind: Site.Kind) async throws {
        let (client, _) = PreviewSamples.site(kind).client()
        let report = try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        #expect(report.pageIDs == Self.engIDs)
        #expect(report.pageCount == 7)
        #expect(report.expectedCount == 7)
        #expect(report.complete)
        #expect(report.failedPages.isEmpty)
        let measured = Self.measure(Self.engIDs)
        #expect(report.totalCharacters == measured.characters)
        #expect(report.estimatedTokens == measured.tokens)
        #expect(report.largestPages.map(\.id) == ["107", "106", "105", "104", "103", "102", "101"])
        #expect(report.largestPages.first?.spaceKey == "ENG")
        #expect(report.skipped == [IngestReport.Skipped(reason: "archived_page", count: 1, pageIDs: ["199"],
                                                         note: "archived pages of space ENG; the loader lists current pages only")])
        #expect(report.selector == IngestReport.SelectorField(field: "space_key", value: "ENG"))
        #expect(report.siteKind == kind.jsonName)
    }

    @Test func cloudSpaceBodiesComeFromV2InBatchesOf250() async throws {
        let (client, transport) = PreviewSamples.site(.cloud).client()
        _ = try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        let targets = await transport.requests.map(\.target)
        #expect(targets.filter { $0.hasPrefix("/wiki/api/v2/spaces/S-ENG/pages") } == [
            "/wiki/api/v2/spaces/S-ENG/pages?body-format=storage&status=current&limit=250",
            "/wiki/api/v2/spaces/S-ENG/pages?body-format=storage&status=current&limit=250&cursor=3",
            "/wiki/api/v2/spaces/S-ENG/pages?body-format=storage&status=current&limit=250&cursor=6",
        ])
        #expect(targets.contains("/wiki/api/v2/spaces?keys=ENG&limit=1"))
        #expect(targets.contains("/wiki/rest/api/content?spaceKey=ENG&type=page&status=archived&limit=250"))
        #expect(!targets.contains { $0.contains("/rest/api/content/1") })  // no per-page requests
    }

    @Test func anArchivedSpaceIsStillSelectedBySpaceKey() async throws {
        let (client, _) = PreviewSamples.site(.dataCenter).client()
        let report = try await IngestPreview(client: client, selector: .space(key: "OLD")).fullPass()
        #expect(report.pageIDs == ["201", "202"])
        #expect(report.expectedCount == 2)
    }

    @Test(arguments: [Site.Kind.cloud, .dataCenter])
    func labelLeavesArchivedSpacesOutAndSaysSo(kind: Site.Kind) async throws {
        let (client, transport) = PreviewSamples.site(kind).client()
        let report = try await IngestPreview(client: client, selector: .label("howto")).fullPass()
        #expect(report.pageIDs == ["101", "102"])
        #expect(report.skipped.map(\.reason) == ["archived_space"])
        #expect(report.skipped.first?.count == 2)
        let prefix = kind == .cloud ? "/wiki" : ""
        #expect(await transport.requests.map(\.target).contains(
            prefix + "/rest/api/content/search?cql=type%3D%22page%22%20AND%20label%3D%22howto%22&expand=body.storage%2Cversion%2Cspace%2Cancestors&limit=250"))
    }

    @Test func cqlRunsAsWrittenAndFollowsEveryNextLink() async throws {
        let (client, transport) = PreviewSamples.site(.dataCenter).client()
        let report = try await IngestPreview(client: client, selector: .cql(PreviewSamples.engCQL)).fullPass()
        #expect(report.pageIDs == Self.engIDs)
        #expect(report.selector.field == "cql")
        let searches = await transport.requests.map(\.target).filter { $0.hasPrefix("/rest/api/content/search") }
        #expect(searches.count == 4)  // 7 pages at the fake's cap of 2
    }

    @Test func pageIDsAreFetchedWithinTheLimitAndMissingOnesReported() async throws {
        let gauge = Gauge()
        let fake = PreviewSamples.site(.cloud) { _ in
            // Each request waits (a while at most) for a second one, so a loaded machine still shows two in flight, then
            // stays a little longer, so a third let in beside them would be seen.
            await gauge.enter()
            let deadline = ContinuousClock.now + .seconds(2)
            while await gauge.peak < 2 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(1)) }
            try await Task.sleep(for: .milliseconds(5))
            await gauge.leave()
            return nil
        }
        let (client, _) = fake.client(maxConcurrentRequests: 2)
        let ids = ["105", "199", "999", "101", "103", "104", "105"]
        let report = try await IngestPreview(client: client, selector: .pageIDs(ids)).fullPass()
        #expect(report.pageIDs == ["105", "199", "101", "103", "104"])
        #expect(report.failedPages.map(\.id) == ["999"])
        #expect(report.failedPages.first?.status == 404)
        #expect(report.failedPages.first?.reason.contains("No content found with id: 999") == true)
        #expect(report.expectedCount == 6)
        #expect(report.selector.value == "105,199,999,101,103,104,105")
        #expect(await gauge.peak == 2)
    }

    @Test func aListingThatFailsGivesAnIncompleteReportWithWhatArrived() async throws {
        let fake = PreviewSamples.site(.dataCenter) { request in
            request.target.contains("start=4") ? HTTPResponse(status: 500, text: #"{"message":"database unavailable"}"#) : nil
        }
        let (client, _) = fake.client(retry: .none)
        let report = try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        #expect(!report.complete)
        #expect(report.pageIDs == ["101", "102", "103", "104"])
        #expect(report.listingError?.contains("database unavailable") == true)
    }

    @Test func aListingRefusedBeforeAnythingArrivesThrowsItsError() async throws {
        let fake = PreviewSamples.site(.dataCenter) { request in
            request.target.contains("/content") ? HTTPResponse(status: 400, text: #"{"message":"Could not parse cql"}"#) : nil
        }
        let (client, _) = fake.client(retry: .none)
        let error = await #expect(throws: IngestPreviewError.self) {
            try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        }
        #expect(error?.confluenceError?.status == 400)
        #expect(error?.description.contains("Could not parse cql") == true)
    }

    @Test func aListedPageWithoutBodyIsSelectedAndReportedAsFailed() async throws {
        var pages = PreviewSamples.pages()
        pages[2].body = nil
        let (client, _) = FakeConfluence(kind: .dataCenter, pages: pages).client()
        let report = try await IngestPreview(client: client, selector: .space(key: "ENG")).fullPass()
        #expect(report.pageIDs == Self.engIDs)
        #expect(report.failedPages == [IngestReport.Failure(id: "103", title: "Page 3", reason: "the response carried no storage body", status: nil)])
    }

    @Test func progressCountsEveryPageUpToTheTotal() async throws {
        let (client, _) = PreviewSamples.site(.cloud).client()
        let run = IngestPreview(client: client, selector: .space(key: "ENG")).startFullPass()
        let report = try await run.report()
        var updates: [IngestProgress] = []
        for await update in run.progress { updates.append(update) }
        #expect(report.pageCount == 7)
        #expect(updates.count >= 7)
        #expect(updates.map(\.done) == updates.map(\.done).sorted())
        let last = try #require(updates.last)
        #expect(last.done == 7)
        #expect(last.total == 7)
        #expect(last.failed == 0)
    }

    @Test func rateLimitWaitsShowInTheProgressAndEveryPageArrives() async throws {
        let limited = Mutex(false)
        let fake = PreviewSamples.site(.cloud) { request in
            guard request.target.contains("/api/v2/spaces/S-ENG/pages"), request.target.contains("cursor=3") else { return nil }
            let first = limited.withLock { done in defer { done = true }; return !done }
            return first ? HTTPResponse(status: 429, headers: ["Retry-After": "1"], text: #"{"message":"slow down"}"#) : nil
        }
        let (client, _) = fake.client(clock: SystemClock())
        let run = IngestPreview(client: client, selector: .space(key: "ENG")).startFullPass()
        var waits: [Duration] = []
        for await update in run.progress {
            if let wait = update.rateLimitWait { waits.append(wait) }
        }
        let report = try await run.report()
        #expect(report.pageIDs == Self.engIDs)
        #expect(report.rateLimitWaits == 1)
        #expect(report.retries == 1)
        #expect(report.rateLimitWaitSeconds == 1)
        #expect(!waits.isEmpty)
        #expect(waits.allSatisfy { $0 > .zero && $0 <= .seconds(1) })
        #expect(report.elapsedSeconds >= 1)
    }

    @Test func aServerErrorRetryIsNotCountedAsARateLimitWait() async throws {
        let failed = Mutex(false)
        let fake = PreviewSamples.site(.cloud) { request in
            guard request.target.contains("/api/v2/spaces/S-ENG/pages"), request.target.contains("cursor=3") else { return nil }
            let first = failed.withLock { done in defer { done = true }; return !done }
            return first ? HTTPResponse(status: 503, headers: ["Retry-After": "1"], text: #"{"message":"429 queued"}"#) : nil
        }
        let (client, _) = fake.client(clock: SystemClock())
        let report = try await IngestPreview(client: client, selector: .space(key: "ENG")).startFullPass().report()
        #expect(report.pageIDs == Self.engIDs)
        #expect(report.retries == 1)
        #expect(report.rateLimitWaits == 0)
        #expect(report.rateLimitWaitSeconds == 0)
    }

    /// A full pass over `engIDs` on a Cloud site where requests whose target contains `hanging` wait 30 s.
    private func passHanging(on hanging: String) -> (IngestRun, InMemoryTransport) {
        let fake = PreviewSamples.site(.cloud) { request in
            if request.target.contains(hanging) { try await Task.sleep(for: .seconds(30)) }
            return nil
        }
        let (client, transport) = fake.client(maxConcurrentRequests: 2, clock: SystemClock())
        return (IngestPreview(client: client, selector: .pageIDs(Self.engIDs)).startFullPass(), transport)
    }

    @Test func cancellingTheRunStopsItPromptly() async throws {
        let (run, transport) = passHanging(on: "/rest/api/content/1")
        try await Task.sleep(for: .milliseconds(50))
        let started = ContinuousClock.now
        run.cancel()
        let error = await #expect(throws: IngestPreviewError.self) { try await run.report() }
        #expect(error?.isCancellation == true)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(await transport.requests.count <= 2)
    }

    @Test func aCancelledPassReportsWhatItMeasuredAsIncomplete() async throws {
        let (run, _) = passHanging(on: "/rest/api/content/107")
        for await progress in run.progress where progress.done >= 2 {
            run.cancel()
            break
        }
        let error = await #expect(throws: IngestPreviewError.self) { try await run.report() }
        let partial = try #require(error?.partialReport)
        #expect(error?.isCancellation == true)
        #expect(!partial.complete)
        #expect(partial.listingError == "the pass was cancelled")
        #expect(partial.pageCount >= 2 && partial.pageCount < Self.engIDs.count)
        #expect(!partial.pageIDs.contains("107"), "the page still loading is not in it")
        #expect(partial.totalCharacters > 0)
    }
}
