import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A credential the test client sends.
enum TestCredential {
    case none
    case basic(String, String)
    case bearer(String)

    static let cloudDemo = TestCredential.basic("demo@example.com", "demo-token")
    static let dataCenterPAT = TestCredential.bearer("demo-pat")
    static let dataCenterBasic = TestCredential.basic("demo", "demo")

    var header: String? {
        switch self {
        case .none: return nil
        case .basic(let user, let secret): return "Basic " + Data("\(user):\(secret)".utf8).base64EncodedString()
        case .bearer(let token): return "Bearer \(token)"
        }
    }
}

/// One HTTP answer as the test client saw it.
struct HTTPReply {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object; throws when it is not one.
    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw ProbeError("the body is not a JSON object: \(text.prefix(200))")
        }
        return object
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

struct ProbeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A plain Foundation HTTP client for the tests (not the project's client library).
struct HTTPProbe {
    let session: URLSession

    init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = 20
        session = URLSession(configuration: configuration)
    }

    /// Sends a request to an absolute URL, with `body` as JSON when given.
    func send(_ url: String, method: String = "GET", credential: TestCredential, body: String? = nil) async throws -> HTTPReply {
        guard let target = URL(string: url) else { throw ProbeError("bad URL \(url)") }
        var request = URLRequest(url: target)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let header = credential.header { request.setValue(header, forHTTPHeaderField: "Authorization") }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw ProbeError("not an HTTP response") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return HTTPReply(status: http.statusCode, headers: headers, body: data)
    }
}
