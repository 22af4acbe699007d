/// A misbehaviour the emulator can inject into responses.
public enum Fault: Sendable, Hashable {
    /// Waits `milliseconds` plus a seeded random 0...`jitter` before answering.
    case latency(milliseconds: Int, jitter: Int = 0)
    /// A token bucket of `burst` requests refilled at `requestsPerSecond`; an empty bucket answers 429 with
    /// `Retry-After` and `X-RateLimit-*` headers.
    case rateLimit(requestsPerSecond: Double, burst: Int)
    /// Answers `status` (5xx) instead of the real response, with the given probability per request.
    case serverError(rate: Double, status: Int = 503)
    /// Sends the headers and half the body, then resets the connection.
    case resetMidBody
    /// Sends a complete HTTP response whose JSON body is cut in half.
    case truncatedBody
    /// Sends the body in chunks of `chunkBytes` with `delayMilliseconds` between chunks.
    case slowBody(chunkBytes: Int, delayMilliseconds: Int)
    /// Paged responses point their next link at the same cursor again, so a client loops unless it notices.
    case repeatingCursor

    /// A short name for the request log.
    var name: String {
        switch self {
        case .latency: return "latency"
        case .rateLimit: return "rateLimit"
        case .serverError: return "serverError"
        case .resetMidBody: return "resetMidBody"
        case .truncatedBody: return "truncatedBody"
        case .slowBody: return "slowBody"
        case .repeatingCursor: return "repeatingCursor"
        }
    }
}
