/// A request waiting to be retried (after a 429 or a server error).
public struct RetryWait: Hashable, Sendable {
    /// When the retry is due, on the app clock (milliseconds).
    public var dueAtMilliseconds: UInt64
    /// Why it is waiting ("429 Too Many Requests").
    public var reason: String

    /// Creates a wait.
    public init(dueAtMilliseconds: UInt64, reason: String) {
        self.dueAtMilliseconds = dueAtMilliseconds
        self.reason = reason
    }
}
