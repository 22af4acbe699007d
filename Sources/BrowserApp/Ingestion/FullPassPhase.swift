public import DataSources

/// Where the ingestion overlay's full pass stands.
public enum FullPassPhase: Hashable, Sendable {
    /// Not started.
    case idle
    /// Running; only actions carrying the token count. The latest progress, once some arrived.
    case running(RequestToken, IngestProgress?)
    /// Esc was pressed: the pass is stopping and will still report what it measured.
    case cancelling(RequestToken, IngestProgress?)
    /// Every page was read.
    case finished(IngestReport)
    /// Cancelled: the partial report (if the pass got that far) and the last progress.
    case cancelled(IngestReport?, IngestProgress?)
    /// The pass could not run, with the sentence saying why.
    case failed(String)

    /// Whether the pass failed.
    public var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }

    /// The token of the pass in flight (running or stopping), if any.
    public var pendingToken: RequestToken? {
        switch self {
        case .running(let token, _), .cancelling(let token, _): token
        default: nil
        }
    }

    /// The report shown: the whole one, or the partial one of a cancelled pass.
    public var report: IngestReport? {
        switch self {
        case .finished(let report): report
        case .cancelled(let report, _): report
        default: nil
        }
    }

    /// The latest progress of a pass in flight or cancelled.
    public var progress: IngestProgress? {
        switch self {
        case .running(_, let progress), .cancelling(_, let progress), .cancelled(_, let progress): progress
        default: nil
        }
    }
}
