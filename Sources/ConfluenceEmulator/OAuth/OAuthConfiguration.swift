public import Foundation

/// How the emulator's OAuth 2.0 (3LO) authorization server behaves: apps, consenting user, sites, token lifetimes, clock.
public struct OAuthConfiguration: Sendable {
    /// The registered apps.
    public var clients: [OAuthClientRegistration]
    /// The emulator user who approves every consent screen (the tokens act as this user).
    public var userName: String
    /// The sites listed by `accessible-resources`; empty means one site, the emulated one, under the emulator's cloudId.
    public var resources: [OAuthResource]
    /// How long an access token lives.
    public var accessTokenLifetime: Duration
    /// How long a refresh token lives unused; each rotation starts the count again (Atlassian: 90 days).
    public var refreshTokenInactivity: Duration
    /// How long a login's refresh tokens live at most, however often rotated (Atlassian: 365 days).
    public var refreshTokenAbsoluteLifetime: Duration
    /// How long a spent refresh token may still be traded, say after a lost response, before its reuse
    /// revokes the login (Atlassian: 10 minutes).
    public var reuseLeeway: Duration
    /// The clock tokens and codes expire by.
    public var now: @Sendable () -> Date

    /// A configuration; every argument has the documented default.
    public init(clients: [OAuthClientRegistration] = [.demo], userName: String = EmulatorUser.demo.name, resources: [OAuthResource] = [],
                accessTokenLifetime: Duration = .seconds(3600), refreshTokenInactivity: Duration = .seconds(90 * 86_400),
                refreshTokenAbsoluteLifetime: Duration = .seconds(365 * 86_400), reuseLeeway: Duration = .seconds(600),
                now: @escaping @Sendable () -> Date = Date.init) {
        self.clients = clients
        self.userName = userName
        self.resources = resources
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenInactivity = refreshTokenInactivity
        self.refreshTokenAbsoluteLifetime = refreshTokenAbsoluteLifetime
        self.reuseLeeway = reuseLeeway
        self.now = now
    }
}
