import Foundation

/// Every token descending from one login: when it began, the live refresh token, and whether reuse of a spent one revoked them all.
struct TokenFamily: Sendable {
    /// The app the login was for.
    let clientId: String
    /// The scopes granted.
    let scopes: [String]
    /// When the user consented; the absolute lifetime counts from here.
    let createdAt: Date
    /// The one refresh token that may still be traded; older ones are spent.
    var liveRefreshToken: String?
    /// Set when a spent refresh token came back: every token of the family is dead.
    var revoked = false
}
