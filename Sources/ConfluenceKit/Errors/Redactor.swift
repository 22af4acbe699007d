import Foundation

/// Hides known secret values in text from outside (a server's answer, a command's error output) before it is shown.
public struct Redactor: Sendable {
    /// The values to hide, none of them empty, longest first.
    public let secrets: [String]

    /// A redactor of the given values, each also as Swift escapes it in a description (`"a\r"` prints as `a\r`);
    /// nil and empty ones are left out.
    ///
    /// The longest are replaced first: a secret that holds a shorter one would otherwise be cut apart by the
    /// shorter one's replacement, and the rest of it shown.
    public init(hiding secrets: [String?]) {
        let given = secrets.compactMap { $0 }.filter { !$0.isEmpty }
        let escaped = given.map { String(String(reflecting: $0).dropFirst().dropLast()) }
        self.secrets = Array(Set(given + escaped)).sorted { $0.count > $1.count }
    }

    /// A redactor of an `Authorization` header's value and of its credential alone (the part after the scheme).
    public init(hidingAuthorization header: String?) {
        let credential = header?.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init)
        self.init(hiding: [header, credential])
    }

    /// `text` with every occurrence of a secret replaced by `<redacted>`.
    public func clean(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "<redacted>") }
    }

    /// `text` redacted, on one line and cut to `limit` characters (`…` marks a cut). Redaction comes first, so a
    /// secret that straddles the limit leaves no prefix of itself behind.
    public func summary(_ text: String, limit: Int) -> String {
        let line = clean(text).split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return line.count > limit ? String(line.prefix(limit)) + "…" : line
    }
}
