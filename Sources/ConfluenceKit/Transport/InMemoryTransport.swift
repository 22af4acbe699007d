/// A transport that answers from a handler closure or a script and logs every request, for tests.
public actor InMemoryTransport: HTTPTransport {
    /// Produces the response (or throws a `TransportError`) for one request.
    public typealias Handler = @Sendable (HTTPRequest) async throws -> HTTPResponse

    private var handler: Handler?
    private var script: [Result<HTTPResponse, TransportError>] = []
    /// Every request received, in arrival order.
    public private(set) var requests: [HTTPRequest] = []

    /// Creates a transport that asks `handler` for every response.
    public init(handler: @escaping Handler) {
        self.handler = handler
    }

    /// Creates a transport that replays `responses` in order, then fails.
    public init(responses: [HTTPResponse] = []) {
        self.script = responses.map { .success($0) }
    }

    /// Appends a scripted response.
    public func enqueue(_ response: HTTPResponse) {
        script.append(.success(response))
    }

    /// Appends a scripted transport failure.
    public func enqueue(failure: TransportError) {
        script.append(.failure(failure))
    }

    /// Replaces the handler.
    public func setHandler(_ handler: @escaping Handler) {
        self.handler = handler
    }

    /// Logs the request, then answers from the script first, else from the handler.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        if !script.isEmpty {
            return try script.removeFirst().get()
        }
        guard let handler else {
            throw TransportError.other("the in-memory transport has no response for \(request.method) \(request.target)")
        }
        return try await handler(request)
    }
}
