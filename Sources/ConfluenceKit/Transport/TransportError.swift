/// A failure below HTTP: the exchange produced no response.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case connectionReset
        case timeout
        case cancelled
        case unknownHost(String)
        case other(String)
    }

    let reason: Reason

    /// The connection was reset or closed before a response arrived.
    public static let connectionReset = TransportError(reason: .connectionReset)
    /// The request took longer than its timeout.
    public static let timeout = TransportError(reason: .timeout)
    /// The request was cancelled by its caller.
    public static let cancelled = TransportError(reason: .cancelled)

    /// The host name does not resolve (DNS answers that no such name exists), which no retry changes.
    public static func unknownHost(_ host: String) -> TransportError {
        TransportError(reason: .unknownHost(host))
    }

    /// Any other failure, described by a sentence (which must not contain a secret).
    public static func other(_ sentence: String) -> TransportError {
        TransportError(reason: .other(sentence))
    }

    /// Whether trying again may help (everything but cancellation and a host name that does not exist).
    public var isRetryable: Bool {
        switch reason {
        case .cancelled, .unknownHost: false
        default: true
        }
    }

    /// Whether the caller cancelled the request.
    public var isCancellation: Bool { reason == .cancelled }

    /// What the person can do about it, when something other than waiting helps.
    public var advice: String? {
        if case .unknownHost = reason { return "check the site's address" }
        return nil
    }

    public var description: String {
        switch reason {
        case .connectionReset: "the connection was reset"
        case .timeout: "the request timed out"
        case .cancelled: "the request was cancelled"
        case .unknownHost(let host): "could not find the host \(host) (DNS)"
        case .other(let sentence): sentence
        }
    }
}
