/// Any failure of a Confluence operation, with a sentence naming the site, the request (never a secret),
/// the status and the server's own message.
public struct ConfluenceError: Error, Sendable, CustomStringConvertible {
    /// A coarse category to branch on.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let name: String
        public var description: String { name }

        /// The site URL or cloudId given was unusable.
        public static let invalidSite = Kind(name: "invalid site")
        /// 401: the credential was refused.
        public static let unauthorized = Kind(name: "unauthorized")
        /// 403: the credential is valid but may not do this.
        public static let forbidden = Kind(name: "forbidden")
        /// 404, or an item asked for by key that the server did not return.
        public static let notFound = Kind(name: "not found")
        /// 429: rate limited, still so after the retries allowed.
        public static let rateLimited = Kind(name: "rate limited")
        /// Another 4xx status.
        public static let rejected = Kind(name: "rejected")
        /// A 5xx status, still so after the retries allowed.
        public static let server = Kind(name: "server error")
        /// No response: connection reset, timeout, or another failure below HTTP.
        public static let transport = Kind(name: "transport")
        /// The response body did not have the expected shape.
        public static let decoding = Kind(name: "decoding")
        /// The server's pagination would loop forever.
        public static let paginationLoop = Kind(name: "pagination loop")
        /// The caller cancelled.
        public static let cancelled = Kind(name: "cancelled")
    }

    enum Reason: Sendable {
        case invalidSite(String)
        case authentication(String)
        case http(status: Int, serverMessage: String?, refusedCredential: CredentialIdentity?, notFoundOrForbidden: Bool)
        /// A 401 or 403 from the other address a redirect led to, where the credential was not sent.
        case redirected(status: Int, to: String)
        case missing(String)
        case transport(TransportError)
        case decoding(String)
        case paginationLoop(String)
    }

    let reason: Reason
    /// The site as a person would recognise it; nil only for an invalid site.
    public let site: String?
    /// The request method, when the error belongs to a request.
    public let method: HTTPMethod?
    /// The request path and query (no secret is ever part of it).
    public let target: String?
    /// How many attempts, counted against the retry limit, were made before giving up.
    public let attempts: Int
    /// How many more sends a throttled site answered with 429, waited out without counting as attempts.
    public let throttledSends: Int

    init(_ reason: Reason, site: String?, method: HTTPMethod? = nil, target: String? = nil, attempts: Int = 1, throttledSends: Int = 0) {
        self.reason = reason
        self.site = site
        self.method = method
        self.target = target.map(SecretRedactor.redactQuery)
        self.attempts = attempts
        self.throttledSends = throttledSends
    }

    static func invalidSite(_ sentence: String) -> ConfluenceError {
        ConfluenceError(.invalidSite(sentence), site: nil)
    }

    /// The category of the failure.
    public var kind: Kind {
        switch reason {
        case .invalidSite: .invalidSite
        case .authentication: .unauthorized
        case .missing: .notFound
        case .decoding: .decoding
        case .paginationLoop: .paginationLoop
        case .transport(let error): error.isCancellation ? .cancelled : .transport
        case .http(let status, _, _, _), .redirected(let status, _):
            switch status {
            case 401: .unauthorized
            case 403: .forbidden
            case 404: .notFound
            case 429: .rateLimited
            case 500...: .server
            default: .rejected
            }
        }
    }

    /// The HTTP status, when a response arrived.
    public var status: Int? {
        switch reason {
        case .http(let status, _, _, _), .redirected(let status, _): return status
        default: return nil
        }
    }

    /// The server's own message (from a JSON error body or an HTML page's text), when it gave one.
    public var serverMessage: String? {
        if case .http(_, let message, _, _) = reason { return message }
        return nil
    }

    public var description: String {
        switch reason {
        case .invalidSite(let sentence):
            return "invalid site: \(sentence)"
        case .http(let status, let message, let refused, let notFoundOrForbidden):
            let summary: String
            var advice = ""
            if status == 401, let message, message.localizedCaseInsensitiveContains("scope does not match") {
                summary = "401: " + (refused?.lacksScope ?? "the credential lacks the OAuth scope this call needs")
                advice = ". Log in again so the app is granted its current scopes"
            } else if status == 401 {
                summary = "401: " + (refused?.refusal ?? "the request was not authorised")
            } else if status == 404 && notFoundOrForbidden {
                summary = "404: not found or not permitted"
            } else {
                summary = "\(status) \(HTTPStatusPhrase.phrase(for: status))"
            }
            return summary + location + retrySuffix + advice + (message.map { ". The server said: \($0)" } ?? "")
        case .redirected(let status, let address):
            return "\(status)" + location + ": the site redirected the request to \(address), where the credential is not sent; "
                + "give the site's address on \(address)"
        case .authentication(let sentence):
            return "the credential could not be used" + location + ": " + sentence
        case .missing(let what):
            return "404: \(what)" + location
        case .transport(let error):
            return error.description + location + retrySuffix + (error.advice.map { "; " + $0 } ?? "")
        case .decoding(let detail):
            return "the response could not be read" + location + ": " + detail
        case .paginationLoop(let detail):
            return "paging stopped" + location + ": " + detail
        }
    }

    private var location: String {
        let request = [method?.rawValue, target.map(Self.capped)].compactMap { $0 }.joined(separator: " ")
        let onSite = site.map { " on \($0)" } ?? ""
        return request.isEmpty ? onSite : onSite + " (\(request))"
    }

    private var retrySuffix: String {
        guard throttledSends > 0 else { return attempts > 1 ? " after \(attempts) attempts" : "" }
        let counted = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        let throttled = throttledSends == 1 ? "1 throttled send" : "\(throttledSends) throttled sends"
        return " after \(counted) (and \(throttled) waited out)"
    }

    private static func capped(_ target: String) -> String {
        target.count > 300 ? String(target.prefix(300)) + "…" : target
    }
}
