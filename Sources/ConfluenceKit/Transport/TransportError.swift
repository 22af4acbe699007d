/// A failure below HTTP: the exchange produced no response.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case connectionReset
        case timeout
        case cancelled
        case unknownHost(String)
        case other(String)
        case permanent(String)
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

    /// A failure no retry changes (a request that cannot be sent as built, a server that speaks another protocol),
    /// described by a sentence (which must not contain a secret).
    public static func permanent(_ sentence: String) -> TransportError {
        TransportError(reason: .permanent(sentence))
    }

    /// Whether trying again may help (everything but cancellation, a host name that does not exist and a permanent failure).
    public var isRetryable: Bool {
        switch reason {
        case .cancelled, .unknownHost, .permanent: false
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
        case .other(let sentence), .permanent(let sentence): sentence
        }
    }

    /// This error with every value `redactor` knows hidden from its sentence.
    public func redacted(by redactor: Redactor) -> TransportError {
        switch reason {
        case .other(let sentence): .other(redactor.clean(sentence))
        case .permanent(let sentence): .permanent(redactor.clean(sentence))
        case .unknownHost(let host): .unknownHost(redactor.clean(host))
        default: self
        }
    }
}
