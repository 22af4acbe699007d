public import Foundation
import LocalStore

/// The public half of an OAuth 2.0 (3LO) app registration; the client secret lives in the account's secret source.
public struct OAuthSettings: Hashable, Sendable, Codable {
    /// The app's client id.
    public var clientId: String
    /// Where the browser is sent back, e.g. `http://127.0.0.1:8765/callback` (must match the app registration).
    public var redirectURI: URL
    /// The scopes asked for; `offline_access` is always added.
    public var scopes: [String]

    /// Read-only scopes: granular ones for Confluence REST v2, and for the v1 calls (CQL search, content by id or
    /// space, users) `search:confluence`, `read:content-details:confluence` and `read:confluence-user`.
    public static let readOnlyScopes = [
        "read:space:confluence", "read:page:confluence", "read:hierarchical-content:confluence",
        "read:content.metadata:confluence", "read:label:confluence", "read:attachment:confluence",
        "read:folder:confluence", "search:confluence", "read:content-details:confluence", "read:confluence-user",
    ]

    /// The read-only set before `read:content-details:confluence` joined it; a config that stored exactly this
    /// list stored the default of its day, so it reads as today's default.
    static let previousReadOnlyScopes = readOnlyScopes.filter { $0 != "read:content-details:confluence" }

    /// The default loopback redirect.
    public static let defaultRedirectURI = URL(string: "http://127.0.0.1:8765/callback")!

    /// Creates settings; scopes default to the read-only set.
    public init(clientId: String, redirectURI: URL = OAuthSettings.defaultRedirectURI, scopes: [String] = OAuthSettings.readOnlyScopes) {
        self.clientId = clientId
        self.redirectURI = redirectURI
        self.scopes = scopes
    }

    /// The scopes sent: the configured ones plus `offline_access`, without duplicates, in order.
    public var requestedScopes: [String] {
        var seen = Set<String>()
        return (scopes + ["offline_access"]).filter { seen.insert($0).inserted }
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case clientId = "client_id"
        case redirectURI = "redirect_uri"
        case scopes
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "oauth")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        clientId = try container.decode(String.self, forKey: .clientId)
        redirectURI = try container.decodeIfPresent(URL.self, forKey: .redirectURI) ?? Self.defaultRedirectURI
        switch try container.decodeIfPresent([String].self, forKey: .scopes) {
        case nil, Self.previousReadOnlyScopes?: scopes = Self.readOnlyScopes
        case let stored?: scopes = stored
        }
    }

    /// Writes the scopes only when they differ from the default, so a later default reaches saved accounts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(clientId, forKey: .clientId)
        try container.encode(redirectURI, forKey: .redirectURI)
        if scopes != Self.readOnlyScopes { try container.encode(scopes, forKey: .scopes) }
    }
}
