/// Tunables of a `ConfluenceClient`: retries, the in-flight limit, timeouts, page size and the clock.
public struct ClientConfiguration: Sendable {
    /// Retry and backoff rules.
    public var retry: RetryPolicy
    /// Requests in flight at once for this site, shared by all callers (default 8).
    public var maxConcurrentRequests: Int
    /// A limiter to share between several clients of the same site; when nil the client makes its own.
    public var sharedLimiter: ConcurrencyLimiter?
    /// The timeout of each attempt, handed to the transport.
    public var requestTimeout: Duration
    /// Items asked for per page (servers may return fewer; paging follows their next links regardless).
    public var pageSize: Int
    /// Time source; tests pass a `VirtualClock`.
    public var clock: any ClientClock
    /// Seed of the backoff jitter; nil seeds from the system generator.
    public var jitterSeed: UInt64?
    /// The `User-Agent` header (by default `confluence-tui/` and the version).
    public var userAgent: String

    /// Creates a configuration with the defaults: 5 attempts, 60 s `Retry-After` clamp, 8 in flight, 30 s timeout, 100 per page.
    public init(
        retry: RetryPolicy = RetryPolicy(),
        maxConcurrentRequests: Int = 8,
        sharedLimiter: ConcurrencyLimiter? = nil,
        requestTimeout: Duration = .seconds(30),
        pageSize: Int = 100,
        clock: any ClientClock = SystemClock(),
        jitterSeed: UInt64? = nil,
        userAgent: String = ProductVersion.userAgent
    ) {
        self.retry = retry
        self.maxConcurrentRequests = max(1, maxConcurrentRequests)
        self.sharedLimiter = sharedLimiter
        self.requestTimeout = requestTimeout
        self.pageSize = max(1, pageSize)
        self.clock = clock
        self.jitterSeed = jitterSeed
        self.userAgent = userAgent
    }
}
