import Foundation

/// The OAuth endpoints as HTTP: requests in, `APIResponse`s out (no secret is ever put in a message).
extension OAuthServer {
    /// The body fields of a token request, JSON (as Atlassian documents) or form-encoded; nil when neither.
    static func tokenFields(body: [UInt8], contentType: String?) -> [String: String]? {
        if contentType?.lowercased().hasPrefix("application/x-www-form-urlencoded") == true {
            let pairs = QueryParameters(raw: String(decoding: body, as: UTF8.self)).pairs
            return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
        return object.compactMapValues { $0 as? String }
    }

    /// Answers one request to an OAuth endpoint.
    func respond(to endpoint: OAuthEndpoint, method: String, query: QueryParameters, fields: [String: String]?,
                 authorization: String?, origin: String) -> APIResponse {
        switch (endpoint, method) {
        case (.authorize, "GET"):
            do throws(APIError) {
                return APIResponse(status: 302, headers: [("Location", try authorize(query))], body: .empty)
            } catch {
                return Self.errorPage(error.message)
            }
        case (.token, "POST"):
            let noStore = [("Cache-Control", "no-store"), ("Pragma", "no-cache")]
            do throws(OAuthRefusal) {
                guard let fields else { throw OAuthRefusal.invalidRequest("The body must be a JSON object or form-encoded.") }
                return .json(try token(fields).body, headers: noStore)
            } catch {
                return .json(error.body, status: error.status, headers: noStore)
            }
        case (.accessibleResources, "GET"):
            guard let token = Self.bearerToken(authorization), let holder = holder(ofAccessToken: token) else {
                return APIFamily.gateway.errorResponse(APIError(status: 401, message: "Unauthorized"))
            }
            return .json(.array(resources.map { resource in
                .object([
                    ("id", .string(resource.id)),
                    ("url", .string(resource.url ?? origin)),
                    ("name", .string(resource.name)),
                    ("scopes", .array(holder.scopes.map(JSONValue.string))),
                    ("avatarUrl", .string(resource.avatarUrl)),
                ])
            }))
        default:
            return APIFamily.gateway.errorResponse(APIError(status: 405, message: "Method \(method) is not allowed here"))
        }
    }

    /// The token of a `Bearer` header.
    static func bearerToken(_ header: String?) -> String? {
        guard let header, header.lowercased().hasPrefix("bearer ") else { return nil }
        let token = String(header.dropFirst(7)).trimmingSpaces()
        return token.isEmpty ? nil : token
    }

    /// The HTML page shown instead of a redirect when an authorize request is wrong.
    private static func errorPage(_ message: String) -> APIResponse {
        let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Something went wrong - Atlassian</title></head>
        <body><h1>Something went wrong</h1><p>\(escaped)</p></body></html>
        """
        return APIResponse(status: 400, headers: [], body: .text(page, contentType: "text/html;charset=UTF-8"))
    }
}
