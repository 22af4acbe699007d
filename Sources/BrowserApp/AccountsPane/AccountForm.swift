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
    /// The new secret; empty keeps the stored one (edit) or stores none.
    public var secret: String

    /// Creates a form.
    public init(name: String = "", site: String = "", authKind: String = "", user: String = "", secret: String = "") {
        self.name = name
        self.site = site
        self.authKind = authKind
        self.user = user
        self.secret = secret
    }

    /// The fields without the secret.
    public var description: String {
        "AccountForm(name: \(name), site: \(site), authKind: \(authKind), user: \(user), secret: \(secret.isEmpty ? "none" : "<redacted>"))"
    }
}
