import ConfluenceKit
import Foundation
import StorageFormat

extension IngestPreview {
    /// Reads every selected page with its body (ids concurrently within the client's in-flight limit; listings
    /// in the largest batches the server allows), measures the plain text and reports.
    ///
    /// `progress` is called after every page and whenever a rate-limit wait starts. A listing that stops with an
    /// error gives a report with `complete == false`, or throws that error when nothing had arrived (a query the
    /// site refuses, a token it rejects: as the quick look would); cancelling the calling task throws a cancellation error
    /// whose `partialReport` holds the pages measured so far (`complete == false`).
    public func fullPass(progress: (@Sendable (IngestProgress) -> Void)? = nil) async throws(IngestPreviewError) -> IngestReport {
        let started = clock.now()
        let pass = PassState(total: knownTotal)
        let tracker = RequestTracker(clock: clock)
        let clock = self.clock
        let publish: @Sendable () -> Void = {
            guard let progress else { return }
            let figures = tracker.snapshot()
            let (done, failed, total) = pass.counts()
            progress(IngestProgress(done: done, total: total, failed: failed, elapsed: clock.now() - started,
                                    rateLimitWait: figures.currentWait, requests: figures.requests, retries: figures.retries))
        }
        let events = client.events()
        let watcher = Task {
            for await event in events where tracker.record(event) { publish() }
        }
        defer { watcher.cancel() }

        let counting = Task { await expectedCount(into: pass) }
        defer { counting.cancel() }
        // Each mentioned user is looked up once per pass.
        let users = UserNameDirectory(client: client)
        let listingError = await consume(feed(total: { await counting.value }), into: pass, users: users, publish: publish)
        let stopped = { () -> IngestPreviewError in
            .cancelled(partial: report(pass.builder, expected: pass.counts().total, stoppedBy: "the pass was cancelled",
                                       skipped: [], figures: tracker.snapshot(), elapsed: clock.now() - started))
        }
        if Task.isCancelled || listingError?.kind == .cancelled { throw stopped() }
        if let listingError, case (0, 0, _) = pass.counts() { throw .request(listingError) }
        let expectedTotal = await counting.value
        let skipped = await skippedItems(expected: expectedTotal)
        if Task.isCancelled { throw stopped() }
        if case .pageIDs(let ids) = selector { pass.update { $0.order(by: ids) } }
        // Every request has returned, so its events are buffered: ending the watcher drains them before it stops.
        watcher.cancel()
        await watcher.value
        var finished = report(pass.builder, expected: expectedTotal, stoppedBy: listingError?.description, skipped: skipped,
                              figures: tracker.snapshot(), elapsed: clock.now() - started)
        if let failure = await users.lastFailure, case let count = await users.unnamedCount, count > 0 {
            finished.unnamedUsers = IngestReport.UnnamedUsers(count: count, reason: failure.description)
        }
        return finished
    }

    /// Starts a full pass in its own task: progress arrives on the run's stream, the report from `report()`,
    /// and `cancel()` stops it.
    public func startFullPass() -> IngestRun {
        let (stream, continuation) = AsyncStream.makeStream(of: IngestProgress.self, bufferingPolicy: .bufferingNewest(256))
        let task = Task { () -> Result<IngestReport, IngestPreviewError> in
            defer { continuation.finish() }
            do throws(IngestPreviewError) {
                return .success(try await fullPass { continuation.yield($0) })
            } catch {
                return .failure(error)
            }
        }
        return IngestRun(progress: stream, task: task)
    }

    /// Takes the feed into the report: pages are selected in arrival order and measured (mentions by name, as
    /// `page --format plain` shows them) on up to one task per processor while the listing goes on. Returns the error that stopped the listing, if any.
    private func consume(_ feed: AsyncStream<FeedItem>, into pass: PassState, users: UserNameDirectory,
                         publish: @escaping @Sendable () -> Void) async -> ConfluenceError? {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let kind = client.site.kind
        return await withTaskGroup(of: (Page, PlainText?).self) { group in
            var running = 0
            var listingError: ConfluenceError?
            func record(_ measured: (Page, PlainText?)) {
                pass.update { $0.record(measured.0, text: measured.1) }
                running -= 1
                publish()
            }
            // A cancelled pass stops taking listed pages at once; the pages being measured still finish.
            for await item in feed {
                if Task.isCancelled { break }
                switch item {
                case .page(let page):
                    guard pass.update({ $0.select(page) }) else { continue }
                    if running >= width, let measured = await group.next() { record(measured) }
                    group.addTask { (page, await ReportBuilder.measure(page, users: users, on: kind)) }
                    running += 1
                case .failed(let id, let error):
                    pass.update { $0.fail(id: id, error: error) }
                    publish()
                case .listingFailed(let error):
                    listingError = error
                }
            }
            while let measured = await group.next() { record(measured) }
            return listingError
        }
    }

    /// The total known before any request: the number of ids for `page_ids`.
    private var knownTotal: Int? {
        if case .pageIDs(let ids) = selector { return Self.distinct(ids).count }
        return nil
    }

    /// The count query's answer, also handed to the progress; nil when it failed. Listed ids need no query: the pass
    /// fetches each, and one the site lacks is a failed page.
    private func expectedCount(into pass: PassState) async -> Int? {
        if let knownTotal { return knownTotal }
        guard let total = try? await count() else { return nil }
        pass.setTotal(total)
        return total
    }

    /// The report of what `builder` holds; `stoppedBy` says why the listing ended early, if it did.
    private func report(_ builder: ReportBuilder, expected: Int?, stoppedBy: String?, skipped: [IngestReport.Skipped],
                        figures: RequestTracker.Snapshot, elapsed: Duration) -> IngestReport {
        let value: String = switch selector {
        case .space(let key): key
        case .pageIDs(let ids): PageIDList.join(ids)
        case .label(let label): label
        case .cql(let query): query
        }
        return IngestReport(
            selector: IngestReport.SelectorField(field: selector.fieldName, value: value),
            site: client.site.description, siteKind: client.site.jsonKindName,
            complete: stoppedBy == nil, listingError: stoppedBy, expectedCount: expected,
            pageCount: builder.pageIDs.count, totalCharacters: builder.totalCharacters, estimatedTokens: builder.estimatedTokens,
            tokenEstimateBasis: IngestReport.tokenEstimateBasis, largestPages: builder.largestPages, failedPages: builder.failures,
            skipped: skipped, notPages: builder.notPages, pageIDs: builder.pageIDs, requests: figures.requests, retries: figures.retries,
            rateLimitWaits: figures.rateLimitWaits, rateLimitWaitSeconds: figures.rateLimitWaitTotal.timeInterval, elapsedSeconds: elapsed.timeInterval
        )
    }
}
