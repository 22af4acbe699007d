public import ConfluenceKit

/// An ingestion preview could not run; the description says why, never with a secret.
public struct IngestPreviewError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case noSelector(name: String, fields: [String])
        case request(ConfluenceError)
        case cancelled(partial: IngestReport?)
    }

    let reason: Reason

    static func request(_ error: ConfluenceError) -> IngestPreviewError {
        error.kind == .cancelled ? .cancelled : IngestPreviewError(reason: .request(error))
    }

    static let cancelled = IngestPreviewError(reason: .cancelled(partial: nil))

    /// A full pass was cancelled after measuring what `partial` reports.
    static func cancelled(partial: IngestReport) -> IngestPreviewError {
        IngestPreviewError(reason: .cancelled(partial: partial))
    }

    /// What a cancelled full pass had measured when it stopped (marked incomplete), if it got that far.
    public var partialReport: IngestReport? {
        if case .cancelled(let partial) = reason { return partial }
        return nil
    }

    /// Whether the preview stopped because its task was cancelled.
    public var isCancellation: Bool {
        if case .cancelled = reason { return true }
        return false
    }

    /// The Confluence failure behind this error, when there is one.
    public var confluenceError: ConfluenceError? {
        if case .request(let error) = reason { return error }
        return nil
    }

    public var description: String {
        switch reason {
        case .noSelector(let name, let fields) where fields.isEmpty:
            "the definition \"\(name)\" has no selector to preview; set one of space_key, page_ids, label or cql"
        case .noSelector(let name, let fields):
            "the definition \"\(name)\" sets \(EnglishList.join(fields)); a preview needs exactly one selector"
        case .request(let error):
            "the preview failed: \(error)"
        case .cancelled:
            "the preview was cancelled"
        }
    }
}
