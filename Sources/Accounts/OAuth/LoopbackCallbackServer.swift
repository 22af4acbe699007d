public import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-shot HTTP listener on 127.0.0.1 that receives the browser's redirect after consent.
///
/// It listens as soon as it is started (so the browser never finds the port closed), answers other paths
/// with 404 and keeps waiting, checks `state` before anything else, answers the browser with a short page,
/// and closes after the first callback on its path. It is a plain POSIX socket: one request per
/// connection, read with a 5-second limit, at most 16 KiB of request head.
public final class LoopbackCallbackServer: Sendable {
    /// The port listened on (the redirect URI's, or the one the system chose for port 0).
    public let port: Int
    /// The callback path, e.g. `/callback`.
    public let path: String
    /// The redirect URI with the actual port, to send in the authorize URL and the exchange.
    public let redirectURI: URL
    private let socket: Mutex<Int32>
    private let cancelled = Atomic<Bool>(false)

    private init(socket: Int32, port: Int, path: String, redirectURI: URL) {
        self.socket = Mutex(socket)
        self.port = port
        self.path = path
        self.redirectURI = redirectURI
    }

    deinit {
        close()
    }

    /// Starts listening on 127.0.0.1 at the redirect URI's port and path (port 0 picks a free port).
    public static func start(redirectURI: URL) throws(OAuthError) -> LoopbackCallbackServer {
        guard redirectURI.scheme?.lowercased() == "http", let host = redirectURI.host, host == "127.0.0.1" || host == "localhost" else {
            throw OAuthError(.redirectURI("\(redirectURI.absoluteString) is not http://127.0.0.1:PORT/PATH"))
        }
        let requestedPort = redirectURI.port ?? 80
        let descriptor = try listen(port: requestedPort)
        let actualPort = boundPort(descriptor) ?? requestedPort
        var components = URLComponents(url: redirectURI, resolvingAgainstBaseURL: false)!
        components.port = actualPort
        let path = redirectURI.path.isEmpty ? "/" : redirectURI.path
        return LoopbackCallbackServer(socket: descriptor, port: actualPort, path: path, redirectURI: components.url!)
    }

    /// Waits for the callback and returns its code; a wrong state is refused (the browser is told so).
    ///
    /// The listener is closed when this returns or throws. Cancelling the task stops the wait.
    public func waitForCode(expectedState: String, timeout: Duration = .seconds(300)) async throws(OAuthError) -> String {
        let result: Result<String, OAuthError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread { [self] in
                    continuation.resume(returning: serve(expectedState: expectedState, timeout: timeout))
                }
                thread.name = "loopback-callback"
                thread.start()
            }
        } onCancel: {
            cancelled.store(true, ordering: .sequentiallyConsistent)
        }
        close()
        return try result.get()
    }

    /// Stops listening.
    public func close() {
        socket.withLock { descriptor in
            if descriptor >= 0 {
                _ = systemClose(descriptor)
                descriptor = -1
            }
        }
    }

    // MARK: - Serving

    private func serve(expectedState: String, timeout: Duration) -> Result<String, OAuthError> {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if cancelled.load(ordering: .sequentiallyConsistent) {
                return .failure(OAuthError(.cancelled))
            }
            if ContinuousClock.now >= deadline {
                return .failure(OAuthError(.callbackTimeout(timeout)))
            }
            let listening = socket.withLock { $0 }
            guard listening >= 0 else { return .failure(OAuthError(.cancelled)) }
            var poller = pollfd(fd: listening, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            guard ready > 0 else { continue }
            let client = accept(listening, nil, nil)
            guard client >= 0 else { continue }
            if let outcome = handle(client: client, expectedState: expectedState) {
                return outcome
            }
        }
    }

    /// Answers one connection; returns the login's outcome when it was the callback, nil to keep waiting.
    private func handle(client: Int32, expectedState: String) -> Result<String, OAuthError>? {
        defer { _ = systemClose(client) }
        var limit = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(client), let requestLine = head.split(separator: "\r\n", maxSplits: 1).first else {
            respond(client, status: "400 Bad Request", page: Self.page("Bad request", "confluence-tui could not read this request."))
            return nil
        }
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[0] == "GET" else {
            respond(client, status: "405 Method Not Allowed", page: Self.page("Not allowed", "Only the login callback is served here."))
            return nil
        }
        let target = String(parts[1])
        let (targetPath, query) = target.firstIndex(of: "?").map { (String(target[..<$0]), String(target[target.index(after: $0)...])) } ?? (target, "")
        guard targetPath == path else {
            respond(client, status: "404 Not Found", page: Self.page("Not found", "This address only receives the confluence-tui login callback."))
            return nil
        }
        do {
            let code = try AuthorizationCallback.code(fromQuery: query, expectedState: expectedState)
            respond(client, status: "200 OK", page: Self.page("Logged in", "confluence-tui received the authorization. You can close this tab and return to the terminal."))
            return .success(code)
        } catch {
            let message = error.isStateMismatch
                ? "The login was refused: this callback does not belong to the login confluence-tui started (state mismatch). Nothing was exchanged; start the login again."
                : "The login did not complete: \(error.description)"
            respond(client, status: "400 Bad Request", page: Self.page("Login refused", message))
            return .failure(error)
        }
    }

    private func readHead(_ client: Int32) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        while bytes.count < 16384 {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count >= 4, bytes.indices.dropLast(3).contains(where: { Array(bytes[$0..<$0 + 4]) == end }) {
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        return nil
    }

    private func respond(_ client: Int32, status: String, page: String) {
        let body = Array(page.utf8)
        let head = "HTTP/1.1 \(status)\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(body.count)\r\n"
            + "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n"
        var bytes = Array(head.utf8) + body
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeMutableBytes { send(client, $0.baseAddress! + offset, $0.count - offset, noSignal) }
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    private static func page(_ title: String, _ message: String) -> String {
        let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>confluence-tui: \(title)</title></head>"
            + "<body style=\"font-family: sans-serif; margin: 3em\"><h1>\(title)</h1><p>\(escaped)</p></body></html>\n"
    }

    // MARK: - Socket setup

    private static func listen(port: Int) throws(OAuthError) -> Int32 {
        #if canImport(Glibc)
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw OAuthError(.listen(port: port, detail: String(cString: strerror(errno)))) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, systemListen(descriptor, 8) == 0 else {
            let detail = errno == EADDRINUSE ? "the port is in use (another login may be waiting; change the redirect URI's port or finish that login)" : String(cString: strerror(errno))
            _ = systemClose(descriptor)
            throw OAuthError(.listen(port: port, detail: detail))
        }
        return descriptor
    }

    private static func boundPort(_ descriptor: Int32) -> Int? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return status == 0 ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }
}

/// `listen(2)`, callable where a method named `listen` shadows it.
private func systemListen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
    listen(descriptor, backlog)
}

#if canImport(Glibc)
/// Keeps a closed browser connection from raising SIGPIPE.
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let noSignal: Int32 = 0
#endif

/// `close(2)`, callable where a method named `close` shadows it.
private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
