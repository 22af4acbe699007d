public import Foundation

/// The result of testing an account: whether it worked and the sentence to show (never a secret).
public struct AccountTestOutcome: Hashable, Sendable {
    /// Whether the site answered as the account's user.
    public var ok: Bool
    /// Who answered, or why it failed.
    public var sentence: String
    /// When the test ran.
    public var at: Date

    /// Creates an outcome.
    public init(ok: Bool, sentence: String, at: Date) {
        self.ok = ok
        self.sentence = sentence
        self.at = at
    }
}
