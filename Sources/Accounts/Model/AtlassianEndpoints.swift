public import Foundation
import LocalStore

/// The Atlassian addresses outside the site: the authorization server and the API gateway.
///
/// Both are configurable so the emulator can stand in for Atlassian.
public struct AtlassianEndpoints: Hashable, Sendable, Codable {
    /// The authorization server, `https://auth.atlassian.com`.
    public var auth: URL
    /// The API gateway, `https://api.atlassian.com`.
    public var api: URL

    /// Atlassian's real endpoints.
    public static let atlassian = AtlassianEndpoints(
        auth: URL(string: "https://auth.atlassian.com")!,
        api: URL(string: "https://api.atlassian.com")!
    )

    /// Creates endpoints from two base URLs.
    public init(auth: URL, api: URL) {
        self.auth = auth
        self.api = api
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case auth, api
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "endpoints")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(auth: try container.decode(URL.self, forKey: .auth), api: try container.decode(URL.self, forKey: .api))
    }

    /// `{auth}/authorize`.
    public var authorizeURL: URL { Self.join(auth, "/authorize") }
    /// `{auth}/oauth/token`.
    public var tokenURL: URL { Self.join(auth, "/oauth/token") }
    /// `{api}/oauth/token/accessible-resources`.
    public var accessibleResourcesURL: URL { Self.join(api, "/oauth/token/accessible-resources") }

    private static func join(_ base: URL, _ path: String) -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text + path)!
    }
}
