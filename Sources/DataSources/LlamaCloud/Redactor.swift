import Foundation

/// Replaces known secret values in text that came from outside (a server's answer) before it is shown.
struct Redactor {
    /// The values to remove; empty strings are ignored.
    let secrets: [String]

    /// `text` with every occurrence of a secret replaced by `<redacted>`.
    func clean(_ text: String) -> String {
        secrets.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: "<redacted>") }
    }
}
