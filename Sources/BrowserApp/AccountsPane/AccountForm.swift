/// The fields of the add/edit account form. A typed secret is kept only while the form is open and
/// is never drawn, described or logged.
public struct AccountForm: Hashable, Sendable, CustomStringConvertible {
    /// The account's name.
    public var name: String
    /// The site URL.
    public var site: String
    /// The auth kind's raw value (one of `AccountManager.authKinds`).
    public var authKind: String
    /// The email or user name, when the kind needs one.
    public var user: String
    /// Where the secret comes from.
    public var secretChoice: SecretChoice
    /// For `.stored`, the new secret (empty keeps the stored one on edit, or stores none); otherwise the
    /// environment variable's name or the command line.
    public var secret: String

    /// Creates a form.
    public init(name: String = "", site: String = "", authKind: String = "", user: String = "",
                secretChoice: SecretChoice = .stored, secret: String = "") {
        self.name = name
        self.site = site
        self.authKind = authKind
        self.user = user
        self.secretChoice = secretChoice
        self.secret = secret
    }

    /// The fields without a typed secret.
    public var description: String {
        let shown = secretChoice.isStored ? (secret.isEmpty ? "none" : "<redacted>") : secret
        return "AccountForm(name: \(name), site: \(site), authKind: \(authKind), user: \(user), \(secretChoice): \(shown))"
    }
}
