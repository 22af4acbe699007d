/// An OAuth 2.0 (3LO) app registered with the emulator's authorization server.
public struct OAuthClientRegistration: Sendable, Hashable {
    /// The app's client id.
    public var clientId: String
    /// The app's client secret.
    public var clientSecret: String
    /// The callback URLs the app registered; a loopback URL with port 0 accepts any port (RFC 8252, section 7.3).
    public var redirectURIs: [String]

    /// Registers an app.
    public init(clientId: String, clientSecret: String, redirectURIs: [String]) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.redirectURIs = redirectURIs
    }

    /// The emulator's default app: `demo-client` / `demo-client-secret`, calling back to `127.0.0.1` or `localhost` on any port at `/callback`.
    public static let demo = OAuthClientRegistration(
        clientId: "demo-client", clientSecret: "demo-client-secret",
        redirectURIs: ["http://127.0.0.1:0/callback", "http://localhost:0/callback"])

    /// Whether `redirectURI` is one of the registered callbacks.
    func accepts(redirectURI: String) -> Bool {
        redirectURIs.contains { registered in
            registered == redirectURI || Self.withoutLoopbackPort(registered).map { $0 == Self.withoutLoopbackPort(redirectURI) } == true
        }
    }

    /// `http://127.0.0.1/callback` for `http://127.0.0.1:PORT/callback` when the registered port is 0; nil otherwise.
    private static func withoutLoopbackPort(_ uri: String) -> String? {
        for host in ["http://127.0.0.1:", "http://localhost:"] where uri.hasPrefix(host) {
            let rest = uri.dropFirst(host.count)
            let port = rest.prefix { $0.isNumber }
            guard !port.isEmpty else { return nil }
            return host + rest.dropFirst(port.count)
        }
        return nil
    }
}
