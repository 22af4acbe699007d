/// When and how long the client waits before trying a request again.
public struct RetryPolicy: Hashable, Sendable {
    /// Total attempts per request, the first included (at least 1).
    public var maxAttempts: Int
    /// The first backoff step; step n is `baseDelay * 2^(n-1)`, capped at `maxBackoff`, then fully jittered.
    public var baseDelay: Duration
    /// The largest backoff step before jitter.
    public var maxBackoff: Duration
    /// The longest `Retry-After` honoured; longer values are clamped to it.
    public var maxRetryAfter: Duration
    /// How long one request may spend waiting on 429 answers before they count as failed attempts: a throttled site
    /// asks the client to slow down, not to give up, so within this budget a 429 costs no attempt.
    public var maxThrottledWait: Duration

    /// Creates a policy; the defaults are 5 attempts, 0.5 s base, 30 s cap, a 60 s `Retry-After` clamp and 5 minutes
    /// of waiting on 429s per request.
    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxBackoff: Duration = .seconds(30),
                maxRetryAfter: Duration = .seconds(60), maxThrottledWait: Duration = .seconds(300)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.maxThrottledWait = maxThrottledWait
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1, maxThrottledWait: .zero)

    /// The backoff ceiling before retry number `retry` (1-based): exponential, capped.
    func backoffCeiling(forRetry retry: Int) -> Duration {
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = baseDelay * (1 << exponent)
        return min(ceiling, maxBackoff)
    }

    /// A `Retry-After` value clamped to `[0, maxRetryAfter]`.
    func clamp(retryAfter: Duration) -> Duration {
        min(max(retryAfter, .zero), maxRetryAfter)
    }
}
