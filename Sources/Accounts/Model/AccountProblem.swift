/// A rule an account breaks, as the sentence a user reads and the setting that breaks it, so a form can focus that field.
public struct AccountProblem: Sendable, CustomStringConvertible {
    /// The account setting a problem is about.
    public enum Setting: Sendable, Equatable {
        case name, site, endpoints, authKind, user, secret, redirectURI
    }

    public let setting: Setting
    public let description: String

    public init(_ setting: Setting, _ description: String) {
        self.setting = setting
        self.description = description
    }
}
