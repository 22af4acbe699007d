/// Supplies the `Authorization` header for requests and can refresh it once after a 401.
///
/// The client asks `authorization(for:)` before each attempt. When a response is 401 it calls
/// `refreshAfterUnauthorized(rejected:)` once for that request; on `true` it retries once with a fresh header.
public protocol AuthProvider: Sendable {
    /// Which credential this is, for the sentence of a 401.
    var identity: CredentialIdentity { get async }

    /// The `Authorization` header value for this request, or nil to send none.
    func authorization(for request: HTTPRequest) async throws -> String?

    /// Called after the header `rejected` got a 401; returns whether a retry with a new header is worthwhile.
    ///
    /// - Note: Concurrent requests may report the same rejected header; an implementation should refresh
    ///   once (single-flight) and answer `true` to all of them when the header has since changed.
    func refreshAfterUnauthorized(rejected: String?) async throws -> Bool
}
