/// A Cloud site the emulator's OAuth tokens reach, as `accessible-resources` lists it; every one serves the emulated site.
public struct OAuthResource: Sendable, Hashable {
    /// The cloudId, routed by the gateway at `/ex/confluence/{id}`.
    public var id: String
    /// The site's name.
    public var name: String
    /// The site URL; nil means the emulator's own address.
    public var url: String?
    /// The avatar URL listed.
    public var avatarUrl: String

    /// Describes a site.
    public init(id: String, name: String, url: String? = nil, avatarUrl: String = "https://avatars.example.invalid/site.png") {
        self.id = id
        self.name = name
        self.url = url
        self.avatarUrl = avatarUrl
    }
}
