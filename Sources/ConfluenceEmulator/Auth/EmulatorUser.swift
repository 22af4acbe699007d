/// An account that may call the emulator, with its credentials and the spaces it may see.
public struct EmulatorUser: Sendable, Hashable, Codable {
    /// Data Center login name (basic auth user).
    public var name: String
    /// Cloud login e-mail (basic auth user on Cloud).
    public var email: String?
    /// Cloud API token (basic auth secret on Cloud).
    public var apiToken: String?
    /// Data Center password (basic auth secret on Data Center; refused on Cloud).
    public var password: String?
    /// Data Center personal access token (Bearer).
    public var personalAccessToken: String?
    /// Account id of the matching site user, for `currentUser()`, creator and contributor queries.
    public var accountId: String?
    /// Keys of the spaces this user may see; nil means every space.
    public var spaces: [String]?

    /// Creates an account.
    public init(name: String, email: String? = nil, apiToken: String? = nil, password: String? = nil,
                personalAccessToken: String? = nil, accountId: String? = nil, spaces: [String]? = nil) {
        self.name = name
        self.email = email
        self.apiToken = apiToken
        self.password = password
        self.personalAccessToken = personalAccessToken
        self.accountId = accountId
        self.spaces = spaces
    }

    enum CodingKeys: String, CodingKey {
        case name, email, apiToken, password, personalAccessToken = "pat", accountId, spaces
    }

    /// The default account: Cloud `demo@example.com` / `demo-token`, Data Center PAT `demo-pat` and `demo` / `demo`.
    public static let demo = EmulatorUser(name: "demo", email: "demo@example.com", apiToken: "demo-token",
                                          password: "demo", personalAccessToken: "demo-pat")

    /// Whether the user may see the space with `key`.
    func maySee(spaceKey key: String) -> Bool {
        spaces.map { $0.contains(key) } ?? true
    }
}
