public import ConfluenceKit

/// What `credentials.json` holds for one account; descriptions never show a secret.
public struct StoredCredentials: Hashable, Sendable, CustomStringConvertible {
    /// The account's secret: API token, password, personal access token, or OAuth client secret.
    public var secret: Secret?
    /// The OAuth grant, for 3LO accounts that have logged in.
    public var tokens: OAuthTokens?

    /// Creates an entry.
    public init(secret: Secret? = nil, tokens: OAuthTokens? = nil) {
        self.secret = secret
        self.tokens = tokens
    }

    /// Whether the entry holds nothing.
    public var isEmpty: Bool { secret == nil && tokens == nil }

    public var description: String {
        "StoredCredentials(secret: \(secret == nil ? "none" : "<redacted>"), tokens: \(tokens.map(\.description) ?? "none"))"
    }
}
