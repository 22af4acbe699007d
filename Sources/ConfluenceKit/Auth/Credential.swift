import Foundation

/// How requests prove who is asking; its descriptions name the kind and user, never the secret.
public enum Credential: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What the secret of a basic credential is.
    public enum BasicSecretKind: String, Hashable, Sendable, Codable {
        /// An Atlassian API token (Cloud) paired with an email.
        case apiToken
        /// An account password (Data Center).
        case password
    }

    /// What a bearer token is.
    public enum BearerTokenKind: String, Hashable, Sendable, Codable {
        /// A Data Center personal access token.
        case personalAccessToken
        /// An OAuth 2.0 access token (Cloud, through the gateway).
        case oauthAccessToken
    }

    /// `Authorization: Basic base64(user:secret)`.
    case basic(user: String, secret: Secret, kind: BasicSecretKind)
    /// `Authorization: Bearer token`.
    case bearer(token: Secret, kind: BearerTokenKind)

    /// An email (or user name) and API token.
    public static func apiToken(email: String, token: String) -> Credential {
        .basic(user: email, secret: Secret(token), kind: .apiToken)
    }

    /// A user name and password.
    public static func password(user: String, password: String) -> Credential {
        .basic(user: user, secret: Secret(password), kind: .password)
    }

    /// A Data Center personal access token.
    public static func personalAccessToken(_ token: String) -> Credential {
        .bearer(token: Secret(token), kind: .personalAccessToken)
    }

    /// An OAuth 2.0 access token.
    public static func oauthAccessToken(_ token: String) -> Credential {
        .bearer(token: Secret(token), kind: .oauthAccessToken)
    }

    /// The `Authorization` header value.
    public var authorizationHeader: String {
        switch self {
        case .basic(let user, let secret, _):
            "Basic " + Data("\(user):\(secret.reveal())".utf8).base64EncodedString()
        case .bearer(let token, _):
            "Bearer " + token.reveal()
        }
    }

    /// Which credential this is, in words, for messages.
    public var identity: CredentialIdentity {
        switch self {
        case .basic(let user, _, .apiToken): CredentialIdentity(kindName: "API token", user: user)
        case .basic(let user, _, .password): CredentialIdentity(kindName: "password", user: user)
        case .bearer(_, .personalAccessToken): CredentialIdentity(kindName: "personal access token", user: nil)
        case .bearer(_, .oauthAccessToken): CredentialIdentity(kindName: "OAuth access token", user: nil)
        }
    }

    public var description: String { identity.description }
    public var debugDescription: String { "Credential(\(identity.description), secret: <redacted>)" }
}
