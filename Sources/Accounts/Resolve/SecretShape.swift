public import ConfluenceKit

/// What a secret looks like, without holding it: enough to tell an API token from a password.
public struct SecretShape: Hashable, Sendable {
    /// The number of characters.
    public let length: Int
    /// Whether it has the form of an Atlassian API token (`ATATT…`, or a legacy 24-character token).
    public let looksLikeAPIToken: Bool

    /// Describes a secret.
    public init(_ secret: Secret) {
        let value = secret.reveal()
        length = value.count
        let legacy = value.count == 24 && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        looksLikeAPIToken = value.hasPrefix("ATATT") || value.hasPrefix("ATCTT") || legacy
    }

    /// Creates a shape directly (tests).
    public init(length: Int, looksLikeAPIToken: Bool) {
        self.length = length
        self.looksLikeAPIToken = looksLikeAPIToken
    }
}
