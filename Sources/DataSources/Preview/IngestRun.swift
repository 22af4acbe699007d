/// A full pass running in its own task: its progress stream, its report, and a way to stop it.
public struct IngestRun: Sendable {
    /// Progress updates; the stream ends when the pass ends (keeps the newest 256 if not read).
    public let progress: AsyncStream<IngestProgress>
    let task: Task<Result<IngestReport, IngestPreviewError>, Never>

    /// Waits for the report; throws a cancellation error if the pass was cancelled.
    public func report() async throws(IngestPreviewError) -> IngestReport {
        try await task.value.get()
    }

    /// Cancels the pass: requests in flight are cancelled and `report()` throws a cancellation error.
    public func cancel() {
        task.cancel()
    }
}
