import DataSources

/// The ingestion preview's effect work: the quick look, and carrying a running full pass to the app (its progress
/// as actions, at most one per `interval` so a fast pass does not flood the screen, then its end: the report, the
/// partial report of a cancelled pass, or the failure).
enum IngestionWork {
    /// The shortest time between two progress actions.
    static let interval: Duration = .milliseconds(100)

    /// Relays `run` until it ends and returns the action that reports the end.
    static func relay(_ run: IngestRun, token: RequestToken, to mailbox: ActionMailbox) async -> AppAction {
        let clock = ContinuousClock()
        var lastPosted: ContinuousClock.Instant?
        for await progress in run.progress {
            let now = clock.now
            if let lastPosted, now - lastPosted < interval { continue }
            lastPosted = now
            mailbox.post(.fullPassProgress(token: token, progress))
        }
        do throws(IngestPreviewError) {
            return .fullPassEnded(token: token, .finished(try await run.report()))
        } catch where error.isCancellation {
            return .fullPassEnded(token: token, .cancelled(error.partialReport))
        } catch {
            return .fullPassEnded(token: token, .failed(backendError(error)))
        }
    }

    /// The quick look of `selector` on `backend`, with the preview's error as the backend's sentence.
    static func quickLook(_ selector: ConfluenceDataSource.Selector, on backend: any BrowserBackend) async throws(BackendError) -> IngestQuickLook {
        guard let preview = backend.ingestPreview(of: selector) else { throw unavailable }
        do throws(IngestPreviewError) {
            return try await preview.quickLook()
        } catch {
            throw backendError(error)
        }
    }

    /// The preview's error as a person reads it: a Confluence failure with its query decoded.
    private static func backendError(_ error: IngestPreviewError) -> BackendError {
        guard let failure = error.confluenceError else { return BackendError(message: error.description) }
        let readable = BackendError(failure, diagnosis: nil)
        return BackendError(message: "the preview failed: " + readable.message, detail: "the preview failed: " + readable.detail,
                            refusedCredential: readable.refusedCredential)
    }

    /// Why a backend without a Confluence client cannot preview.
    static let unavailable = BackendError(message: "This site cannot run an ingestion preview.")
}
