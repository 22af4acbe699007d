/// The API a route belongs to; decides the error body shape.
enum APIFamily: Sendable {
    /// Cloud REST v2: `{"errors":[{status, code, title, detail}]}`.
    case v2
    /// Cloud v1 and Data Center REST: `{statusCode, data, message, reason}`.
    case rest
    /// Endpoints outside the REST APIs (`/_edge/tenant_info`).
    case edge
    /// The API gateway and OAuth endpoints in front of the site: `{"code", "message"}`.
    case gateway

    /// The error body of this family for a status and message.
    func errorResponse(_ error: APIError, headers: [(String, String)] = []) -> APIResponse {
        switch self {
        case .v2:
            return .json(.object([("errors", .array([.object([
                ("status", .int(error.status)),
                ("code", .string(APIError.v2Code(error.status))),
                ("title", .string(APIError.reason(error.status))),
                ("detail", error.status == 404 ? .null : .string(error.message)),
            ])]))]), status: error.status, headers: headers)
        case .gateway:
            return .json(.object([("code", .int(error.status)), ("message", .string(error.message))]), status: error.status, headers: headers)
        case .rest, .edge:
            return .json(.object([
                ("statusCode", .int(error.status)),
                ("data", .object([("authorized", .bool(error.status != 401 && error.status != 403)), ("valid", .bool(true)),
                                  ("errors", .array([])), ("successful", .bool(false))])),
                ("message", .string(error.message)),
                ("reason", .string(APIError.reason(error.status))),
            ]), status: error.status, headers: headers)
        }
    }

    /// The HTML page Data Center answers a wrong user name or password with.
    static func dataCenterLoginPage() -> APIResponse {
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Unauthorized - Confluence</title></head>
        <body><div id="main"><h1>Unauthorized</h1>
        <p>Basic authentication failed: the user name or password is not correct.</p>
        <p><a href="/login.action">Log in</a></p></div></body></html>
        """
        // Data Center challenges with OAuth (its REST login reason rides in X-Seraph-LoginReason), not Basic.
        return APIResponse(status: 401, headers: [("WWW-Authenticate", "OAuth realm=\"Confluence\""),
                                                  ("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")],
                           body: .text(page, contentType: "text/html;charset=UTF-8"))
    }
}
