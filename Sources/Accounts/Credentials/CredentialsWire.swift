import ConfluenceKit
import Foundation

/// The on-disk shape of `credentials.json`.
struct CredentialsWire: Codable {
    struct Entry: Codable {
        var secret: String?
        var oauth: OAuthWire?
    }

    struct OAuthWire: Codable {
        var accessToken: String
        var refreshToken: String?
        var expiresAt: Date
        var scope: String?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token"
            case refreshToken = "refresh_token"
            case expiresAt = "expires_at"
            case scope
        }
    }

    var version: Int
    var accounts: [String: Entry]

    init(_ credentials: Credentials) {
        version = 1
        accounts = credentials.entries.mapValues { entry in
            Entry(
                secret: entry.secret?.reveal(),
                oauth: entry.tokens.map {
                    OAuthWire(accessToken: $0.accessToken.reveal(), refreshToken: $0.refreshToken?.reveal(), expiresAt: $0.expiresAt, scope: $0.scope)
                }
            )
        }
    }

    var model: Credentials {
        Credentials(entries: accounts.mapValues { entry in
            StoredCredentials(
                secret: entry.secret.map(Secret.init),
                tokens: entry.oauth.map {
                    OAuthTokens(accessToken: Secret($0.accessToken), refreshToken: $0.refreshToken.map(Secret.init), expiresAt: $0.expiresAt, scope: $0.scope)
                }
            )
        })
    }
}
