/// What the fault rules decided for one request.
struct FaultDecision: Sendable {
    /// How the body goes out.
    enum BodyMode: Sendable, Equatable {
        case normal
        case resetMidBody
        case truncated
        case slow(chunkBytes: Int, delayMilliseconds: Int)
    }

    /// A response that replaces the real one.
    enum Rejection: Sendable, Equatable {
        case rateLimited(retryAfter: Int)
        case serverError(status: Int)
    }

    var delayMilliseconds = 0
    var rejection: Rejection?
    var bodyMode = BodyMode.normal
    var repeatCursor = false
    /// `X-RateLimit-*` headers to send (on every response under a rate-limit rule).
    var rateLimitHeaders: [(String, String)] = []
    /// Names of the faults that fired, for the request log.
    var applied: [String] = []
}
