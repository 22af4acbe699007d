public import ConfluenceKit
public import Foundation

/// The tokens of an OAuth 2.0 (3LO) grant; descriptions never show them.
public struct OAuthTokens: Hashable, Sendable, CustomStringConvertible {
    /// The bearer token for API calls.
    public var accessToken: Secret
    /// The token that gets the next access token (rotates on each use); nil when none was granted.
    public var refreshToken: Secret?
    /// When the access token stops working.
    public var expiresAt: Date
    /// The scopes granted, space-separated, as the server reported them.
    public var scope: String?

    /// Creates tokens.
    public init(accessToken: Secret, refreshToken: Secret?, expiresAt: Date, scope: String? = nil) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
        self.scope = scope
    }

    /// Whether the access token is expired at `now`, or will be within `skew`.
    public func needsRefresh(at now: Date, skew: TimeInterval) -> Bool {
        now.addingTimeInterval(skew) >= expiresAt
    }

    public var description: String {
        "OAuthTokens(access token <redacted>, refresh token \(refreshToken == nil ? "none" : "<redacted>"), expires \(expiresAt))"
    }
}
