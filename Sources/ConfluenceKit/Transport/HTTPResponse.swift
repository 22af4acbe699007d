public import Foundation

/// One HTTP response as returned by a transport.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code, e.g. 200.
    public var status: Int
    /// Header fields; lookup ignores case.
    public var headers: HTTPHeaders
    /// The response body bytes.
    public var body: Data
    /// The scheme, host and port a redirect led to when they are not the request's: the answer is that other server's,
    /// which the credential is not sent to.
    public var redirectedTo: String?

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is the UTF-8 text given, with a content type.
    public init(status: Int = 200, headers: HTTPHeaders = [:], text: String, contentType: String = "application/json") {
        var headers = headers
        if !headers.contains("Content-Type") {
            headers.add(name: "Content-Type", value: contentType)
        }
        self.init(status: status, headers: headers, body: Data(text.utf8))
    }

    /// Whether the status is in the 2xx range.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
