import ConfluenceKit
import Foundation

/// A failed backend call, carrying the sentence a user reads.
public struct BackendError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The one-line sentence for the status line.
    public let message: String
    /// A longer explanation for the error overlay (defaults to the message).
    public let detail: String
    /// Whether the site refused the credential (401 or 403), so the account is what to fix.
    public let refusedCredential: Bool

    /// Creates an error; `detail` defaults to `message`.
    public init(message: String, detail: String? = nil, refusedCredential: Bool = false) {
        self.message = message
        self.detail = detail ?? message
        self.refusedCredential = refusedCredential
    }

    /// Wraps any error, keeping its description.
    public init(_ error: any Error) {
        if let known = error as? BackendError {
            self = known
        } else {
            self.init(message: String(describing: error))
        }
    }

    /// A client error as a person reads it: the server's own message first when it refused the request, the request's
    /// query decoded (`cql=space = ENG`, not `cql=space%20%3D%20ENG`), and `diagnosis` (what to fix) before the rest.
    init(_ error: ConfluenceError, diagnosis: String?) {
        var readable = error.description
        if let target = error.target {
            // The error shows at most the first 300 characters of the target.
            let shown = String(target.prefix(300))
            readable = readable.replacingOccurrences(of: shown, with: shown.removingPercentEncoding ?? shown)
        }
        let refused = error.kind == .unauthorized || error.kind == .forbidden
        let summary: String? = if let status = error.status, let said = error.serverMessage, error.kind == .rejected {
            "\(status): \(said)"
        } else {
            diagnosis
        }
        self.init(message: summary ?? readable, detail: (diagnosis.map { $0 + "\n\n" } ?? "") + readable, refusedCredential: refused)
    }

    /// The sentence for the user.
    public var description: String { message }
}
