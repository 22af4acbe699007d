import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plays the browser: one request over a plain TCP connection to 127.0.0.1, never following redirects.
public enum RawHTTPClient {
    /// The connection failed.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// One answer: status line (`HTTP/1.1 302 Found`), headers (names lowercased) and body.
    public struct Reply: Sendable, Equatable {
        public let status: String
        public let headers: [String: String]
        public let body: String

        /// The numeric status code, 0 when the status line has none.
        public var code: Int { Int(status.split(separator: " ").dropFirst().first ?? "") ?? 0 }

        /// A header by name, case-insensitively.
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// Sends `GET target` to 127.0.0.1:port and reads the answer until the server closes.
    public static func get(port: Int, target: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", port: port, target: target, headers: headers)
    }

    /// Sends a request to 127.0.0.1:port and reads the answer until the server closes.
    public static func send(_ method: String, port: Int, target: String, headers: [String: String] = [:], body: String = "") async throws -> Reply {
        // A thread of its own: blocking sockets on Dispatch's pool stall when many tests browse at once.
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try sendBlocking(method, port: port, target: target, headers: headers, body: body) })
            }.start()
        }
    }

    private static func sendBlocking(_ method: String, port: Int, target: String, headers: [String: String], body: String) throws -> Reply {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket failed") }
        defer { close(descriptor) }
        var limit = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to port \(port) failed: \(String(cString: strerror(errno)))") }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUser-Agent: test-browser\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.utf8.count)\r\n" }
        let request = Array((head + "\r\n" + body).utf8)
        _ = request.withUnsafeBytes { systemSend(descriptor, $0.baseAddress, $0.count) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return parse(String(decoding: received, as: UTF8.self))
    }

    private static func parse(_ text: String) -> Reply {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let headLines = (parts.first ?? "").components(separatedBy: "\r\n")
        var fields: [String: String] = [:]
        for line in headLines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: headLines.first ?? "", headers: fields, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}

/// `send(2)`, callable where a method named `send` shadows it.
private func systemSend(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    send(descriptor, bytes, count, 0)
}
