/// An `AuthProvider` for a fixed credential: it never refreshes.
public struct StaticAuthProvider: AuthProvider {
    /// The credential sent with every request.
    public let credential: Credential

    /// Creates a provider for a fixed credential.
    public init(_ credential: Credential) {
        self.credential = credential
    }

    public var identity: CredentialIdentity { credential.identity }

    public func authorization(for request: HTTPRequest) async throws -> String? {
        credential.authorizationHeader
    }

    public func refreshAfterUnauthorized(rejected: String?) async throws -> Bool { false }
}
