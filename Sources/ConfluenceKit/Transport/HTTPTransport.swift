/// Sends one HTTP request and returns its response; the only way the client touches the network.
///
/// Implementations throw `TransportError` for failures below HTTP (a reset connection, a timeout,
/// cancellation) and return every HTTP status, errors included, as a response.
public protocol HTTPTransport: Sendable {
    /// Sends the request, honouring its `timeout`.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
