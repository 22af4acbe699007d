/// What the token endpoint hands out: an access token, maybe a refresh token, their lifetime and scopes.
struct OAuthTokenGrant: Sendable, Equatable {
    let accessToken: String
    let refreshToken: String?
    let expiresIn: Int
    let scopes: [String]

    /// `{access_token, expires_in, token_type, refresh_token?, scope}`.
    var body: JSONValue {
        var fields: [(String, JSONValue)] = [("access_token", .string(accessToken)), ("expires_in", .int(expiresIn)), ("token_type", .string("Bearer"))]
        if let refreshToken { fields.append(("refresh_token", .string(refreshToken))) }
        fields.append(("scope", .string(scopes.joined(separator: " "))))
        return .object(fields)
    }
}
