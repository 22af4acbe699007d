/// A failed backend call, carrying the sentence a user reads.
public struct BackendError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The one-line sentence for the status line.
    public let message: String
    /// A longer explanation for the error overlay (defaults to the message).
    public let detail: String

    /// Creates an error; `detail` defaults to `message`.
    public init(message: String, detail: String? = nil) {
        self.message = message
        self.detail = detail ?? message
    }

    /// Wraps any error, keeping its description.
    public init(_ error: any Error) {
        if let known = error as? BackendError {
            self = known
        } else {
            self.init(message: String(describing: error))
        }
    }

    /// The sentence for the user.
    public var description: String { message }
}
