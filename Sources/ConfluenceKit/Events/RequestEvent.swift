import Foundation

/// Something that happened to one request, for status lines and progress bars; never carries a secret.
public struct RequestEvent: Hashable, Sendable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Hashable, Sendable {
        /// An attempt was sent (1-based).
        case started(attempt: Int)
        /// Another attempt will be sent after `delay`, for `reason`.
        case retryScheduled(delay: Duration, reason: RetryReason)
        /// The final response arrived: status, body size in bytes, and total milliseconds since the first attempt.
        case finished(status: Int, bytes: Int, milliseconds: Int)
        /// The request failed for good; the sentence is the error's description.
        case failed(String)
    }

    /// Identifies the request across its attempts.
    public let requestID: UInt64
    /// The request method.
    public let method: HTTPMethod
    /// Path and query, with secret-looking parameters redacted.
    public let target: String
    /// What happened.
    public let kind: Kind

    init(requestID: UInt64, method: HTTPMethod, target: String, kind: Kind) {
        self.requestID = requestID
        self.method = method
        self.target = SecretRedactor.redactQuery(target)
        self.kind = kind
    }

    public var description: String {
        let request = "#\(requestID) \(method) \(target)"
        switch kind {
        case .started(let attempt):
            return request + (attempt > 1 ? " started (attempt \(attempt))" : " started")
        case .retryScheduled(let delay, let reason):
            return request + " retry in \(delay.secondsText) s: \(reason)"
        case .finished(let status, let bytes, let milliseconds):
            return request + " finished \(status), \(bytes) bytes, \(milliseconds) ms"
        case .failed(let sentence):
            return request + " failed: \(sentence)"
        }
    }
}
