/// Why a request is sent again, typed so a reader can tell throttling from failure without parsing text.
public enum RetryReason: Hashable, Sendable, CustomStringConvertible {
    /// The server answered with a status worth retrying (429, 502, 503, 504, ...); `retryAfter` when it said how long to wait.
    case status(Int, retryAfter: Bool)
    /// The connection failed before an answer; the sentence says how.
    case transport(String)
    /// A 401 was answered by refreshing the credential, and the request goes again at once.
    case credentialRefreshed

    /// Whether the server asked the client to slow down (429).
    public var isRateLimit: Bool {
        if case .status(429, _) = self { return true }
        return false
    }

    /// "429 Too Many Requests (Retry-After)", a transport sentence, or "401: the credential was refreshed".
    public var description: String {
        switch self {
        case .status(let status, let retryAfter):
            return "\(status) \(HTTPStatusPhrase.phrase(for: status))" + (retryAfter ? " (Retry-After)" : "")
        case .transport(let sentence):
            return sentence
        case .credentialRefreshed:
            return "401: the credential was refreshed"
        }
    }
}
