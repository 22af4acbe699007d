import Foundation

/// Hides known secret values in text from outside (a server's answer, a command's error output) before it is shown;
/// it never prints the values it holds.
public struct Redactor: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The shortest credential value hidden from sentences about a request: a shorter one (a test's `t`) would cut
    /// ordinary words apart, and no token is that short.
    public static let credentialMinimumLength = 6

    /// The values to hide, none of them empty, longest first.
    public let secrets: [String]
    /// When set, any run of at least this many characters found within a value (case ignored) is hidden too: a piece
    /// of a secret is as telling as the whole.
    public let fragmentLength: Int?

    /// A redactor of the given values, each also as Swift escapes it in a description (`"a\r"` prints as `a\r`);
    /// nil ones and those shorter than `minimumLength` (at least 1) are left out.
    ///
    /// The longest are replaced first: a secret that holds a shorter one would otherwise be cut apart by the
    /// shorter one's replacement, and the rest of it shown.
    public init(hiding secrets: [String?], minimumLength: Int = 1, fragmentLength: Int? = nil) {
        let given = secrets.compactMap { $0 }.filter { $0.count >= max(minimumLength, 1) }
        let escaped = given.map { String(String(reflecting: $0).dropFirst().dropLast()) }
        self.secrets = Array(Set(given + escaped)).sorted { $0.count > $1.count }
        self.fragmentLength = fragmentLength.map { max($0, 1) }
    }

    /// A redactor of an `Authorization` header's value, of its credential alone (the part after the scheme) and, for
    /// `Basic`, of the password inside it, each at least `credentialMinimumLength` long.
    public init(hidingAuthorization header: String?) {
        let parts = header?.split(separator: " ", maxSplits: 1).map(String.init) ?? []
        let credential = parts.count == 2 ? parts[1] : nil
        let decoded = parts.first?.lowercased() == "basic" ? credential.flatMap { Data(base64Encoded: $0) }.flatMap { String(data: $0, encoding: .utf8) } : nil
        let password = decoded?.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
        self.init(hiding: [header, credential, password], minimumLength: Self.credentialMinimumLength)
    }

    /// `text` with every occurrence of a secret (and, with `fragmentLength`, of a piece of one) replaced by `<redacted>`.
    public func clean(_ text: String) -> String {
        let whole = secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "<redacted>") }
        guard let fragmentLength else { return whole }
        return secrets.reduce(whole) { Self.hidingFragments(of: $1, longerThan: fragmentLength - 1, in: $0) }
    }

    /// `text` with each longest run of more than `shortest` characters that `secret` holds (case ignored) replaced.
    private static func hidingFragments(of secret: String, longerThan shortest: Int, in text: String) -> String {
        let secret = Array(secret.lowercased())
        let characters = Array(text)
        let folded = characters.map { Character($0.lowercased()) }
        guard secret.count > shortest else { return text }
        var result = ""
        var index = 0
        while index < characters.count {
            // The longest run from `index` found anywhere in the secret.
            var longest = 0
            for start in secret.indices {
                var length = 0
                while index + length < folded.count, start + length < secret.count, folded[index + length] == secret[start + length] {
                    length += 1
                }
                longest = max(longest, length)
            }
            if longest > shortest {
                result += "<redacted>"
                index += longest
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// `text` redacted, on one line and cut to `limit` characters (`…` marks a cut). Redaction comes first, so a
    /// secret that straddles the limit leaves no prefix of itself behind.
    public func summary(_ text: String, limit: Int) -> String {
        let line = clean(text).split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }

    public var description: String { "Redactor(\(secrets.count) values)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
