import Foundation

/// The whole `auth login` of a 3LO account: authorize URL, callback (loopback or pasted), code exchange,
/// site pick, and durable storage of the tokens and the cloudId.
public struct OAuthLogin: Sendable {
    /// How the authorization code comes back.
    public enum CodeSource: Sendable {
        /// A loopback server on the redirect URI's port receives the browser's redirect.
        case loopback(timeout: Duration)
        /// The user pastes the redirect URL (the closure prompts and returns what was pasted).
        case paste(@Sendable () async throws -> String)
        /// Both at once: the first valid code wins (a paste when the browser runs on another machine). A paste that is
        /// refused (another login's address, a page that is no callback) is asked for again, the closure given why; one
        /// that fails (e.g. no terminal) leaves the loopback waiting, and the login fails only when both fail.
        case loopbackOrPaste(timeout: Duration, paste: @Sendable (_ refusal: OAuthError?) async throws -> String)
    }

    /// What a successful login produced.
    public struct Outcome: Sendable {
        /// The account as now stored (gateway site kind, cloudId, site URL, needs-login cleared).
        public let account: Account
        /// The site picked.
        public let site: AccessibleResource

        /// "Signed in: NAME now reads SITE (URL) through the API gateway."
        public var sentence: String {
            "Signed in: \(account.name) now reads \(site.name) (\(site.url)) through the API gateway."
        }
    }

    /// Resolves the client secret and owns the stores written to.
    public let resolver: AccountResolver

    /// Creates a login over a resolver.
    public init(resolver: AccountResolver) {
        self.resolver = resolver
    }

    /// Runs the login of the named account.
    ///
    /// - Parameters:
    ///   - present: shows the authorize URL (print it; open it with `xdg-open` when present); the loopback
    ///     server already listens when it is called.
    ///   - pickSite: chooses among several sites; not called when only one matches.
    public func run(
        accountName: String,
        codeSource: CodeSource,
        present: @Sendable (AuthorizationRequest) async -> Void,
        pickSite: @Sendable ([AccessibleResource]) async throws -> AccessibleResource
    ) async throws -> Outcome {
        let account = try resolver.accounts.account(named: accountName)
        guard account.authKind == .oauth3LO, let settings = account.oauth else { throw OAuthError(.notOAuth(account: accountName)) }
        let session = OAuthSession(settings: settings, client: try await resolver.oauthClient(for: account))
        let (request, code) = try await receiveCode(session: session, source: codeSource, present: present)
        let tokens = try await session.exchange(code: code, for: request)
        let site = try await Self.choose(from: session.accessibleResources(tokens), for: account, pickSite: pickSite)
        try await resolver.credentials.setTokens(tokens, forAccount: accountName)
        let updated = try await resolver.accounts.modify(named: accountName) {
            $0.cloudId = site.id
            $0.siteURL = site.url
            $0.siteKind = .cloudGateway
            $0.needsLogin = false
        }
        resolver.forgetProvider(forAccount: accountName)
        return Outcome(account: updated, site: site)
    }

    private func receiveCode(
        session: OAuthSession,
        source: CodeSource,
        present: @Sendable (AuthorizationRequest) async -> Void
    ) async throws -> (AuthorizationRequest, String) {
        switch source {
        case .paste(let paste):
            let request = session.authorizationRequest()
            await present(request)
            return (request, try AuthorizationCallback.code(fromPasted: try await paste(), expectedState: request.state))
        case .loopback(let timeout):
            let server = try LoopbackCallbackServer.start(redirectURI: session.settings.redirectURI)
            let request = session.authorizationRequest(redirectURI: server.redirectURI)
            await present(request)
            return (request, try await server.waitForCode(expectedState: request.state, timeout: timeout))
        case .loopbackOrPaste(let timeout, let paste):
            let server = try LoopbackCallbackServer.start(redirectURI: session.settings.redirectURI)
            let request = session.authorizationRequest(redirectURI: server.redirectURI)
            await present(request)
            let code = try await FirstOf.value(
                { try await server.waitForCode(expectedState: request.state, timeout: timeout) },
                { () async throws -> String in
                    var refusal: OAuthError?
                    while true {
                        let pasted = try await paste(refusal)
                        do throws(OAuthError) {
                            return try AuthorizationCallback.code(fromPasted: pasted, expectedState: request.state)
                        } catch {
                            refusal = error
                        }
                    }
                }
            )
            server.close()
            return (request, code)
        }
    }

    /// The site to use: the one matching the account's site URL, the only one, or the user's pick.
    static func choose(
        from resources: [AccessibleResource],
        for account: Account,
        pickSite: @Sendable ([AccessibleResource]) async throws -> AccessibleResource
    ) async throws -> AccessibleResource {
        guard !resources.isEmpty else { throw OAuthError(.noAccessibleResources) }
        let host = account.siteURL.host?.lowercased()
        if let match = resources.first(where: { $0.url.host?.lowercased() == host }) { return match }
        if resources.count == 1 { return resources[0] }
        return try await pickSite(resources)
    }
}
