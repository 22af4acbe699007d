import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The production transport: one process-wide pooled AsyncHTTPClient, with cancellation-safe requests. A request
/// without a `User-Agent` is sent with the product's (`ProductVersion.userAgent`).
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let maximumBodyBytes: Int

    /// Creates a transport over a process-wide client.
    /// - Parameters:
    ///   - followsRedirects: when false, a 3xx answer is returned as it is instead of being followed, so a
    ///     request whose headers or body hold a secret is never replayed to another address.
    ///   - maximumBodyBytes: a larger response body fails rather than exhausting memory.
    public init(followsRedirects: Bool = true, maximumBodyBytes: Int = 256 << 20) {
        self.client = followsRedirects ? sharedClient : sharedNonRedirectingClient
        self.maximumBodyBytes = maximumBodyBytes
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headers {
            outgoing.headers.add(name: field.name, value: field.value)
        }
        if !request.headers.contains("User-Agent") {
            outgoing.headers.add(name: "User-Agent", value: ProductVersion.userAgent)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let deadline = NIODeadline.now() + TimeAmount(request.timeout)
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let bytes = try await Self.collect(response.body, upTo: maximumBodyBytes, by: deadline)
            var headers = HTTPHeaders()
            for (name, value) in response.headers {
                headers.add(name: name, value: value)
            }
            var answer = HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(bytes.readableBytesView))
            let origin = { (url: URL) in url.onSameServer(path: "")?.absoluteString.lowercased() }
            if let final = response.url, let reached = origin(final), reached != origin(request.url) {
                answer.redirectedTo = reached
            }
            return answer
        } catch {
            throw Self.transportError(for: error)
        }
    }

    /// The whole body, read by `deadline`: the client's deadline ends when the head arrives, so a server that trickles the
    /// body a byte at a time would otherwise hold the request forever. Past it the read is cancelled (closing the connection)
    /// and the exchange fails with `TransportError.timeout`.
    private static func collect(_ body: HTTPClientResponse.Body, upTo maximumBytes: Int, by deadline: NIODeadline) async throws
        -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: maximumBytes) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(max(0, (deadline - .now()).nanoseconds)))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let bytes = first else { throw TransportError.timeout }
            return bytes
        }
    }

    /// Maps AsyncHTTPClient and NIO failures to the client's transport errors, in sentences that never hold a header's
    /// value, a raw NIO dump or a build path.
    static func transportError(for error: any Error) -> TransportError {
        if error is CancellationError { return .cancelled }
        if let error = error as? TransportError { return error }
        if let error = error as? HTTPClientError { return transportError(for: error) }
        if let host = unknownHost(in: error) { return .unknownHost(host) }
        if error is NIOTooManyBytesError {
            // The same request gets the same answer: asking again only reads it again.
            return .permanent("the response body was larger than the client accepts")
        }
        if let error = error as? NIOSSLError { return transportError(for: error) }
        if let error = error as? NIOConnectionError {
            // Each address tried failed the same way in practice; the first says how (refused, unreachable...).
            if let first = error.connectionErrors.first { return transportError(for: first.error) }
            return .other("the host name \(error.host) could not be looked up (DNS)")
        }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNRESET, EPIPE: return .connectionReset
            case ECONNREFUSED: return .other("the connection was refused (is the server running, and is the port right?)")
            case EHOSTUNREACH, ENETUNREACH: return .other("the host could not be reached (no route to it)")
            default: return .other("a network error occurred: \(String(cString: strerror(error.errnoCode)))")
            }
        }
        if let error = error as? ChannelError, error == .ioOnClosedChannel || error == .eof {
            return .connectionReset
        }
        return .other("a network error occurred (\(type(of: error)))")
    }

    /// AsyncHTTPClient's own failures; a request it refuses to send (a header value or URL HTTP does not allow) is
    /// permanent, and only its short description, which never holds the request's values, is ever shown.
    private static func transportError(for error: HTTPClientError) -> TransportError {
        switch error {
        case .cancelled: return .cancelled
        case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout: return .timeout
        case .remoteConnectionClosed: return .connectionReset
        case .invalidURL, .emptyHost, .emptyScheme: return .permanent("the site address is not a URL the HTTP client can send to")
        default: break
        }
        let refusedHeaders = [HTTPClientError.invalidHeaderFieldValues([]), .invalidHeaderFieldNames([])].map(\.shortDescription)
        if refusedHeaders.contains(error.shortDescription) {
            return .permanent("a request header holds a character HTTP does not allow, so the request was not sent")
        }
        return .other("the HTTP request failed: \(error.shortDescription.lowercased())")
    }

    /// A TLS failure; a server that answers a TLS hello with plain HTTP is named as such, since only `http://` helps.
    private static func transportError(for error: NIOSSLError) -> TransportError {
        guard case .handshakeFailed(let failure) = error else { return .other("the TLS connection failed") }
        let reasons: [BoringSSLInternalError] = switch failure {
        case .sslError(let stack), .unknownError(let stack): stack
        default: []
        }
        func names(_ reason: String) -> Bool { reasons.contains { $0.description.contains(reason) } }
        if names("WRONG_VERSION_NUMBER") {
            return .permanent("the server does not speak HTTPS on that port (for a plain HTTP server, write the site as http://…)")
        }
        if names("CERTIFICATE_VERIFY_FAILED") {
            return .permanent("the server's TLS certificate was not accepted (it is not trusted, has expired, or names another host)")
        }
        return .other("the TLS handshake with the server failed")
    }

    /// The host whose name DNS says does not exist, when that is why the connection failed; nil for any other failure,
    /// a temporary DNS failure (`EAI_AGAIN`, worth a retry) included.
    static func unknownHost(in error: any Error) -> String? {
        if let error = error as? NIOConnectionError, !error.connectionErrors.isEmpty { return nil }  // an address was found
        let lookups = (error as? NIOConnectionError).map { [$0.dnsAError, $0.dnsAAAAError].compactMap(\.self) } ?? [error]
        let unknown = lookups.compactMap { $0 as? SocketAddressError.UnknownHost }
        guard !unknown.isEmpty, unknown.allSatisfy({ $0.errorCode != Int(EAI_AGAIN) }) else { return nil }
        return unknown[0].host
    }
}

/// AsyncHTTPClient's shared settings, except that a connection that cannot be made fails its request at once
/// instead of being retried quietly until the request's deadline: a refused port then takes the client's own
/// retries, with their backoff and their sentence, not minutes of silence.
private let sharedClient = makeClient(redirects: HTTPClient.Configuration.singletonConfiguration.redirectConfiguration)

/// The same settings, but a redirect is answered to the caller instead of followed.
private let sharedNonRedirectingClient = makeClient(redirects: .disallow)

private func makeClient(redirects: HTTPClient.Configuration.RedirectConfiguration) -> HTTPClient {
    var configuration = HTTPClient.Configuration.singletonConfiguration
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.timeout.connect = .seconds(10)
    configuration.redirectConfiguration = redirects
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
}

extension TimeAmount {
    /// Converts a Swift `Duration` to NIO's nanosecond time amount.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
