public import Foundation

/// One HTTP request as handed to a transport.
public struct HTTPRequest: Sendable, Hashable {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute URL, query included.
    public var url: URL
    /// Header fields, `Authorization` included when the site needs one.
    public var headers: HTTPHeaders
    /// The request body, if any.
    public var body: Data?
    /// How long the transport may take for the whole exchange before failing with `TransportError.timeout`.
    public var timeout: Duration

    /// Creates a request.
    public init(method: HTTPMethod = .get, url: URL, headers: HTTPHeaders = [:], body: Data? = nil, timeout: Duration = .seconds(30)) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The path and percent-encoded query, as written on the request line (`/wiki/api/v2/spaces?limit=25`).
    public var target: String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        let path = components?.percentEncodedPath ?? url.path
        guard let query = components?.percentEncodedQuery, !query.isEmpty else { return path.isEmpty ? "/" : path }
        return (path.isEmpty ? "/" : path) + "?" + query
    }
}
