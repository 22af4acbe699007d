/// What went wrong when an account was tried (`accounts test`).
public enum AccountCheckFailure: Sendable {
    /// A request or the account's setup failed with this error.
    case error(any Error)
    /// The site answered, but as an anonymous user: the credential was ignored.
    case answeredAsAnonymous
}
