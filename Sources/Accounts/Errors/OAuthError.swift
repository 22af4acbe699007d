/// A failure of the OAuth 2.0 (3LO) login or token refresh, as a sentence a user can act on.
///
/// Descriptions never contain a token, code or client secret.
public struct OAuthError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case refreshRefused(account: String)
        case needsLogin(account: String)
        case tokenEndpoint(status: Int, code: String?, detail: String?)
        case tokenResponse(String)
        case tokensNotSaved(account: String, detail: String)
        case stateMismatch
        case authorizationDenied(code: String, detail: String?)
        case callbackMissingCode(String)
        case callbackTimeout(Duration)
        case cancelled
        case listen(port: Int, detail: String)
        case redirectURI(String)
        case noAccessibleResources
        case accessibleResources(String)
        case transport(String)
        case notOAuth(account: String)
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// The refresh token was refused (`invalid_grant`): the account is marked as needing login.
    public var isRefreshRefused: Bool {
        if case .refreshRefused = reason { return true }
        return false
    }

    /// The account must log in again before it can be used.
    public var needsLogin: Bool {
        switch reason {
        case .refreshRefused, .needsLogin, .tokensNotSaved: true
        default: false
        }
    }

    /// The command named an account that does not use OAuth: the input was wrong, nothing failed.
    public var isInvalidInput: Bool {
        if case .notOAuth = reason { return true }
        return false
    }

    /// The callback's `state` did not match the one sent, so nothing was exchanged.
    public var isStateMismatch: Bool {
        if case .stateMismatch = reason { return true }
        return false
    }

    public var description: String {
        switch reason {
        case .refreshRefused(let account):
            return "the refresh token for \(account) was refused (invalid_grant); run confluence-tui auth login --account \(account)"
        case .needsLogin(let account):
            return "account \(account) is not logged in; run confluence-tui auth login --account \(account)"
        case .tokenEndpoint(let status, let code, let detail):
            let what = code.map { " (\($0))" } ?? ""
            return "the authorization server refused the token request with status \(status)\(what)" + (detail.map { ": \($0)" } ?? "")
        case .tokenResponse(let detail):
            return "the authorization server's token response could not be read: \(detail)"
        case .tokensNotSaved(let account, let detail):
            return "the new tokens of \(account) could not be saved, and the old refresh token is used up: \(detail); run confluence-tui auth login --account \(account)"
        case .stateMismatch:
            return "the login was refused: the callback's state does not match the one this login sent (a stale browser tab or a forged redirect); no token was requested. Start the login again"
        case .authorizationDenied(let code, let detail):
            return "the authorization server did not grant access (\(code))" + (detail.map { ": \($0)" } ?? "")
        case .callbackMissingCode(let detail):
            return "the redirect did not carry an authorization code: \(detail)"
        case .callbackTimeout(let timeout):
            return "no browser came back to the loopback address within \(timeout.spokenSeconds) seconds; start the login again (at a terminal, the address the browser was sent to can be pasted instead)"
        case .cancelled:
            return "the login was cancelled before the browser came back"
        case .listen(let port, let detail):
            return "could not listen on 127.0.0.1:\(port) for the login callback: \(detail)"
        case .redirectURI(let detail):
            return "the redirect URI cannot be used: \(detail)"
        case .noAccessibleResources:
            return "the token grants access to no Confluence site; check that the app has Confluence scopes and that the user picked a site on the consent screen"
        case .accessibleResources(let detail):
            return "could not list the sites the token can reach: \(detail)"
        case .transport(let detail):
            return "could not reach the authorization server: \(detail)"
        case .notOAuth(let account):
            return "account \(account) does not use OAuth 2.0 (3LO)"
        }
    }
}

extension OAuthError {
    /// Whether the token endpoint answered `invalid_grant` (a dead or reused refresh token or code).
    var isInvalidGrant: Bool {
        if case .tokenEndpoint(_, let code, _) = reason { return code == "invalid_grant" }
        return false
    }
}
