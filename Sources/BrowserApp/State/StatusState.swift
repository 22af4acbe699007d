/// What the status line reports besides key hints: requests in flight, retry waits, the last
/// error and a transient notice.
public struct StatusState: Hashable, Sendable {
    /// Requests sent and not yet finished, by request id.
    public var inFlight: Set<UInt64> = []
    /// Requests waiting to be retried, by request id.
    public var retries: [UInt64: RetryWait] = [:]
    /// Whether the tree's look-ahead was skipped or cut short while requests waited to retry: it resumes once none does,
    /// when the last wait the site asked for is over.
    public var lookAheadSpared = false
    /// When (in request-event milliseconds) the last retry wait the site asked for is over.
    public var lastRetryDue: UInt64 = 0
    /// Look-aheads resumed since a request last finished: after a few, a site that only fails is spared until one does.
    public var lookAheadResumes = 0
    /// The last error, until it is replaced; `e` shows it whole.
    public var lastError: ErrorReport? {
        didSet {
            errorRetired = false
            errorSuperseded = false
        }
    }
    /// Whether a later success of the kind of load that failed, a later notice, or a dismissal took `lastError` off the status line.
    public private(set) var errorRetired = false
    /// Whether a load of the kind that failed has succeeded since: the error is history, and `e` says so.
    public private(set) var errorSuperseded = false
    /// A short message such as "Copied the page URL". Newer than the error shown, it takes the status line
    /// (`e` still shows the error).
    public var notice: String? {
        didSet { if notice != nil { errorRetired = true } }
    }

    /// Creates an empty status.
    public init() {}

    /// The error the status line shows: the last one, until a later load of the same kind succeeds or it is dismissed.
    public var shownError: ErrorReport? { errorRetired ? nil : lastError }

    /// A load of `kind` succeeded: an error from a load of that kind leaves the status line (`e` still shows it).
    public mutating func loadSucceeded(_ kind: LoadKind) {
        if lastError?.load == kind {
            errorRetired = true
            errorSuperseded = true
        }
    }

    /// The user read or dismissed the error (closing `e`, Esc): it leaves the status line (`e` still shows it).
    public mutating func dismissError() {
        errorRetired = true
    }

    /// The retry wait due last, with its remaining whole seconds at `now` (rounded up).
    public func longestRetry(now: UInt64) -> (seconds: Int, reason: String)? {
        guard let wait = retries.values.max(by: { $0.dueAtMilliseconds < $1.dueAtMilliseconds }) else { return nil }
        let remaining = wait.dueAtMilliseconds > now ? wait.dueAtMilliseconds - now : 0
        return (Int((remaining + 999) / 1000), wait.reason)
    }
}
