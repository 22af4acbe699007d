/// A failure below HTTP: the exchange produced no response.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case connectionReset
        case timeout
        case cancelled
        case other(String)
    }

    let reason: Reason

    /// The connection was reset or closed before a response arrived.
    public static let connectionReset = TransportError(reason: .connectionReset)
    /// The request took longer than its timeout.
    public static let timeout = TransportError(reason: .timeout)
    /// The request was cancelled by its caller.
    public static let cancelled = TransportError(reason: .cancelled)

    /// Any other failure, described by a sentence (which must not contain a secret).
    public static func other(_ sentence: String) -> TransportError {
        TransportError(reason: .other(sentence))
    }

    /// Whether trying again may help (everything but cancellation).
    public var isRetryable: Bool { reason != .cancelled }

    /// Whether the caller cancelled the request.
    public var isCancellation: Bool { reason == .cancelled }

    public var description: String {
        switch reason {
        case .connectionReset: "the connection was reset"
        case .timeout: "the request timed out"
        case .cancelled: "the request was cancelled"
        case .other(let sentence): sentence
        }
    }
}
