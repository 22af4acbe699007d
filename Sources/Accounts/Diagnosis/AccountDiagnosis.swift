import ConfluenceKit

/// Turns a failed account check into the one sentence that tells the user what to fix.
///
/// Sentences name the account, user, site and kind of credential, never the secret.
public enum AccountDiagnosis {
    /// Where Atlassian users create API tokens.
    public static let apiTokenPage = "https://id.atlassian.com/manage-profile/security/api-tokens"

    /// The sentence for `failure` of `account`; `secretShape` tells a password from an API token.
    public static func sentence(for failure: AccountCheckFailure, account: Account, secretShape: SecretShape?) -> String {
        switch failure {
        case .answeredAsAnonymous:
            return anonymous(account)
        case .error(let error as ConfluenceError):
            return sentence(for: error, account: account, secretShape: secretShape)
        case .error(let error):
            return "\(error)"
        }
    }

    private static func anonymous(_ account: Account) -> String {
        switch account.authKind {
        case .dataCenterPAT:
            "the server treated the token as anonymous: the personal access token is invalid or expired"
        case .dataCenterPassword:
            "the server treated the request as anonymous: the user name and password were ignored (is basic authentication disabled on this server?)"
        default:
            "the server answered as an anonymous user: the \(account.authKind.secretName) was ignored"
        }
    }

    private static func sentence(for error: ConfluenceError, account: Account, secretShape: SecretShape?) -> String {
        switch error.status {
        case 401: return unauthorized(error, account: account, secretShape: secretShape)
        case 403: return forbidden(account)
        case 404 where account.siteKind == .cloudGateway:
            return "the gateway found no Confluence for cloudId \(account.cloudId ?? "?"); the cloudId of \(account.name) may be wrong or the site may have no Confluence"
        default: return error.description
        }
    }

    private static func unauthorized(_ error: ConfluenceError, account: Account, secretShape: SecretShape?) -> String {
        let user = account.user ?? "the user"
        switch (account.authKind, account.siteKind) {
        case (.oauth3LO, .cloud):
            return "a 3LO token cannot be used on the site domain; use the gateway (set the site kind of \(account.name) to cloud_gateway)"
        case (.oauth3LO, _):
            return "the OAuth access token was refused by the gateway; run confluence-tui auth login --account \(account.name)"
        case (.scopedToken, .cloud):
            return "a scoped API token works only through the gateway (api.atlassian.com/ex/confluence/{cloudId}); set the site kind of \(account.name) to cloud_gateway"
        case (.scopedToken, _):
            return "the scoped API token for \(user) was refused by the gateway: check the email, the token's expiry and that it grants Confluence read scopes"
        case (.cloudBasic, _):
            // A short secret is only a hint: the email may be what is wrong, so it is named either way.
            if let secretShape, !secretShape.looksLikeAPIToken {
                return "\(user) and this secret were refused by \(account.siteURL.absoluteString): check the email, and that the secret "
                    + "is an API token, not a password (it looks like one; Cloud needs an API token, \(apiTokenPage))"
            }
            return "the API token for \(user) was refused by \(account.siteURL.absoluteString): check the email and that the token is not expired or revoked (\(apiTokenPage)); a scoped API token works only through the gateway"
        case (.dataCenterPAT, _):
            return "the personal access token was refused: it is invalid, expired or revoked (create one under Profile > Personal Access Tokens on \(account.siteURL.absoluteString))"
        case (.dataCenterPassword, _):
            return "the user name or password for \(user) was refused by \(account.siteURL.absoluteString); check both (after repeated failures the server may ask for a CAPTCHA in the browser first)"
        }
    }

    private static func forbidden(_ account: Account) -> String {
        switch account.authKind {
        case .oauth3LO, .scopedToken:
            "the credential works but lacks permission: the token's scopes or the user's Confluence permissions do not allow reading this"
        default:
            "the credential works but lacks permission: \(account.user ?? "the user") may not read this on \(account.siteURL.absoluteString)"
        }
    }
}
