/// A refused token request: status and `{error, error_description}` as Atlassian's token endpoint answers them.
struct OAuthRefusal: Error, Sendable, Equatable {
    let status: Int
    let error: String
    let description: String

    /// A wrong or unknown client id or secret.
    static let unauthorizedClient = OAuthRefusal(status: 401, error: "access_denied", description: "Unauthorized")
    /// A spent, revoked or unknown refresh token.
    static let invalidRefreshToken = OAuthRefusal(status: 403, error: "invalid_grant", description: "Unknown or invalid refresh token.")
    /// A used, expired or unknown code, or one issued to another client or redirect URI.
    static let invalidCode = OAuthRefusal(status: 403, error: "invalid_grant", description: "Invalid authorization code")

    /// A malformed request.
    static func invalidRequest(_ description: String) -> OAuthRefusal {
        OAuthRefusal(status: 400, error: "invalid_request", description: description)
    }

    /// The body as JSON.
    var body: JSONValue {
        .object([("error", .string(error)), ("error_description", .string(description))])
    }
}
