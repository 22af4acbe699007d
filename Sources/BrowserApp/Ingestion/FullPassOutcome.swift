public import DataSources

/// How a full pass ended, as the runtime reports it to the reducer.
public enum FullPassOutcome: Sendable {
    /// It read every selected page.
    case finished(IngestReport)
    /// It was cancelled; what it had measured by then, if anything (the report says it is incomplete).
    case cancelled(IngestReport?)
    /// It could not run.
    case failed(BackendError)
}
