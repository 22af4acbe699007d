public import Foundation

/// How the emulator's OAuth 2.0 (3LO) authorization server behaves: apps, consenting user, sites, token lifetime, clock.
public struct OAuthConfiguration: Sendable {
    /// The registered apps.
    public var clients: [OAuthClientRegistration]
    /// The emulator user who approves every consent screen (the tokens act as this user).
    public var userName: String
    /// The sites listed by `accessible-resources`; empty means one site, the emulated one, under the emulator's cloudId.
    public var resources: [OAuthResource]
    /// How long an access token lives.
    public var accessTokenLifetime: Duration
    /// The clock tokens and codes expire by.
    public var now: @Sendable () -> Date

    /// A configuration; every argument has the documented default.
    public init(clients: [OAuthClientRegistration] = [.demo], userName: String = EmulatorUser.demo.name, resources: [OAuthResource] = [],
                accessTokenLifetime: Duration = .seconds(3600), now: @escaping @Sendable () -> Date = Date.init) {
        self.clients = clients
        self.userName = userName
        self.resources = resources
        self.accessTokenLifetime = accessTokenLifetime
        self.now = now
    }
}
