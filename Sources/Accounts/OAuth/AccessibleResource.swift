public import Foundation

/// A Cloud site an OAuth token can reach, as `accessible-resources` lists it.
public struct AccessibleResource: Hashable, Sendable, Codable {
    /// The cloudId.
    public var id: String
    /// The site's name.
    public var name: String
    /// The site URL, e.g. `https://x.atlassian.net`.
    public var url: URL
    /// The scopes granted on this site.
    public var scopes: [String]

    /// Creates a resource.
    public init(id: String, name: String, url: URL, scopes: [String] = []) {
        self.id = id
        self.name = name
        self.url = url
        self.scopes = scopes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, url, scopes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        url = try container.decode(URL.self, forKey: .url)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? url.host ?? id
        scopes = try container.decodeIfPresent([String].self, forKey: .scopes) ?? []
    }
}
