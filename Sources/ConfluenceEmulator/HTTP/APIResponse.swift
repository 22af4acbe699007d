/// A response before faults and encoding: status, headers and a JSON or text body.
struct APIResponse: Sendable {
    enum Body: Sendable {
        case json(JSONValue)
        case text(String, contentType: String)
        case empty
    }

    var status: Int
    var headers: [(String, String)]
    var body: Body

    /// A 200 with a JSON body.
    static func json(_ value: JSONValue, status: Int = 200, headers: [(String, String)] = []) -> APIResponse {
        APIResponse(status: status, headers: headers, body: .json(value))
    }
}
