/// One request as the emulator saw and answered it.
public struct RequestRecord: Sendable, Hashable {
    /// 1-based arrival order.
    public var sequence: Int
    /// HTTP method, e.g. `GET`.
    public var method: String
    /// Path as sent (including any context path), without the query.
    public var path: String
    /// Raw query string, without `?`; empty when there was none.
    public var query: String
    /// The kind of credential sent (never the secret).
    public var authKind: AuthKind
    /// Status code sent.
    public var status: Int
    /// Time from arrival to the response head, in milliseconds (injected latency included).
    public var durationMilliseconds: Double
    /// Names of the faults that hit this request.
    public var faults: [String]
    /// The `grant_type` of a request to the OAuth token endpoint (never the code or token).
    public var grantType: String? = nil
    /// The `User-Agent` the client sent, if any (kept in memory for tests; the log file leaves it out).
    public var userAgent: String? = nil
}
