import Foundation

/// An authorization code waiting to be exchanged once, by the client and redirect URI it was issued to.
struct PendingAuthorization: Sendable {
    let clientId: String
    let redirectURI: String
    let scopes: [String]
    let expiresAt: Date
}
