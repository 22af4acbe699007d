public import Foundation
import LocalStore

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

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case at, ok, sentence
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "last_test")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(at: try container.decode(Date.self, forKey: .at), ok: try container.decode(Bool.self, forKey: .ok),
                  sentence: try container.decode(String.self, forKey: .sentence))
    }
}
