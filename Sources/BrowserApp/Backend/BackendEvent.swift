/// Something that happened to one network request, as the status line reports it.
public enum BackendEvent: Hashable, Sendable {
    /// A request (or a retry of it) was sent.
    case started(requestID: UInt64)
    /// The request will be retried after `delayMilliseconds`, for `reason` (e.g. "429 Too Many Requests").
    case retryScheduled(requestID: UInt64, delayMilliseconds: Int, reason: String)
    /// The request completed.
    case finished(requestID: UInt64)
    /// The request failed for good with this sentence.
    case failed(requestID: UInt64, message: String)
}
