import ConfluenceKit

/// Checks that an account is complete and consistent before it is stored.
extension Account {
    /// The first problem with this account, or nil when it can be used.
    public var validationProblem: AccountProblem? {
        if let problem = Self.nameProblem(name) { return AccountProblem(.name, problem) }
        if let problem = SiteAddress.problem(with: siteURL) { return AccountProblem(.site, "account \(name): \(problem)") }
        for (flag, url) in [("--auth-url", endpoints?.auth), ("--gateway-url", endpoints?.api)] {
            if let url, let problem = SiteAddress.problem(with: url) { return AccountProblem(.endpoints, "account \(name), \(flag): \(problem)") }
        }
        if authKind.needsUser && (user ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            let user = siteKind == .dataCenter ? "user name" : "email"
            return AccountProblem(.user, "account \(name) needs a user (\(user)) to go with its \(authKind.secretName)")
        }
        if let user, let problem = Self.userProblem(user) { return AccountProblem(.user, "account \(name): the user " + problem) }
        if let problem = secretSource.problem { return AccountProblem(.secret, "account \(name): \(problem)") }
        switch authKind {
        case .cloudBasic, .scopedToken, .oauth3LO:
            if siteKind == .dataCenter { return AccountProblem(.authKind, "account \(name): \(authKind.withArticle) cannot be used on Data Center") }
        case .dataCenterPAT, .dataCenterPassword:
            if siteKind != .dataCenter { return AccountProblem(.authKind, "account \(name): a \(authKind) works only on Data Center") }
            if siteURL.host?.lowercased().hasSuffix(".atlassian.net") == true {
                return AccountProblem(.authKind, "account \(name): \(siteURL.host ?? "") is a Cloud site, and a \(authKind) works only on Data Center")
            }
        }
        if authKind == .oauth3LO {
            guard let oauth, !oauth.clientId.isEmpty else { return AccountProblem(.user, "account \(name) uses OAuth 2.0 (3LO) and needs a client id") }
            if oauth.redirectURI.host != "127.0.0.1" && oauth.redirectURI.host != "localhost" {
                return AccountProblem(.redirectURI, "account \(name): the redirect URI \(oauth.redirectURI.absoluteString) must be on 127.0.0.1 so the loopback server can receive the code")
            }
            if oauth.redirectURI.scheme?.lowercased() != "http" {
                return AccountProblem(.redirectURI, "account \(name): the redirect URI \(oauth.redirectURI.absoluteString) must be http://, which the loopback server answers")
            }
        }
        return nil
    }

    /// Why `user` cannot be a user name, as a phrase after its subject, or nil: a control or invisible formatting
    /// character pasted with it would only show as the site refusing the secret.
    public static func userProblem(_ user: String) -> String? {
        user.unicodeScalars.contains(where: \.isHiddenFormatting)
            ? "holds a control or invisible formatting character, which no user name has" : nil
    }

    /// Why `name` is not a usable account name, or nil.
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "an account name cannot be empty" }
        if name.count > 64 { return "the account name \"\(name.prefix(64))…\" is longer than 64 characters" }
        let refused = name.unicodeScalars.first { scalar in
            !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.@".unicodeScalars.contains(scalar)))
        }
        guard let refused else { return nil }
        // The character is named by its code point when it may not show (a space, a control, a direction mark).
        let shown = refused.isASCII && refused.properties.isGraphemeBase && refused != " "
            ? "'\(refused)'" : refused.codePoint
        return "the account name \"\(name)\" holds \(shown); a name may only hold ASCII letters, digits, '-', '_', '.' and '@'"
    }
}
