public import Foundation

/// The outcome of the last `accounts test`: when, whether it worked, and the sentence shown to the user.
public struct AccountTestResult: Hashable, Sendable, Codable {
    /// When the test ran.
    public var at: Date
    /// Whether the site answered as the account's user.
    public var ok: Bool
    /// What the user read (who answered, or why it failed); never a secret.
    public var sentence: String

    /// Creates a result.
    public init(at: Date, ok: Bool, sentence: String) {
        self.at = at
        self.ok = ok
        self.sentence = sentence
    }
}
