import HTTPTypes
import Hummingbird

/// Encodes an `APIResponse` as a Hummingbird response, applying the body faults.
enum ResponseEncoding {
    /// Raised inside a body writer to drop the connection in the middle of a body.
    struct ConnectionDropped: Error {}

    static func response(_ response: APIResponse, bodyMode: FaultDecision.BodyMode) -> Response {
        var fields = HTTPFields()
        let bytes: [UInt8]
        switch response.body {
        case .json(let value):
            bytes = value.serialized()
            fields[.contentType] = "application/json;charset=UTF-8"
        case .text(let text, let contentType):
            bytes = Array(text.utf8)
            fields[.contentType] = contentType
        case .empty:
            bytes = []
        }
        for (name, value) in response.headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        let status = HTTPResponse.Status(code: response.status)
        let body: ResponseBody
        switch bodyMode {
        case .normal:
            body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        case .truncated:
            body = ResponseBody(byteBuffer: ByteBuffer(bytes: bytes.prefix(bytes.count / 2)))
        case .resetMidBody:
            let half = Array(bytes.prefix(bytes.count / 2))
            body = ResponseBody(contentLength: bytes.count) { writer in
                try await writer.write(ByteBuffer(bytes: half))
                throw ConnectionDropped()
            }
        case .slow(let chunkBytes, let delay):
            body = ResponseBody(contentLength: bytes.count) { writer in
                var offset = 0
                while offset < bytes.count {
                    let end = min(bytes.count, offset + chunkBytes)
                    try await writer.write(ByteBuffer(bytes: bytes[offset..<end]))
                    offset = end
                    if offset < bytes.count { try await Task.sleep(for: .milliseconds(delay)) }
                }
                try await writer.finish(nil)
            }
        }
        return Response(status: status, headers: fields, body: body)
    }
}
