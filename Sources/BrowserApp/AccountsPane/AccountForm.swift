/// The fields of the add/edit account form. The secret is kept only while the form is open and
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
    public var secretOrigin: SecretOrigin
    /// The new secret, for `credentialsFile`; empty keeps the stored one (edit) or stores none.
    public var secret: String
    /// The environment variable's name or the command line, for the other origins (not a secret).
    public var secretReference: String

    /// Creates a form.
    public init(name: String = "", site: String = "", authKind: String = "", user: String = "", secretOrigin: SecretOrigin = .credentialsFile,
                secret: String = "", secretReference: String = "") {
        self.name = name
        self.site = site
        self.authKind = authKind
        self.user = user
        self.secretOrigin = secretOrigin
        self.secret = secret
        self.secretReference = secretReference
    }

    /// The fields without the secret.
    public var description: String {
        "AccountForm(name: \(name), site: \(site), authKind: \(authKind), user: \(user), secret from \(secretOrigin.rawValue)"
            + (secretOrigin == .credentialsFile ? ": \(secret.isEmpty ? "none" : "<redacted>"))" : " \(secretReference))")
    }
}
