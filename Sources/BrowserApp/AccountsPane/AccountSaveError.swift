/// Why an account could not be saved: the sentence a user reads, and the form field to fix when one is at fault.
public struct AccountSaveError: Error, Hashable, Sendable {
    /// What was refused, in a sentence.
    public let message: String
    /// The field the form focuses so it can be fixed; nil when no field is at fault (a file that cannot be written).
    public let field: AccountFormState.Field?

    /// Creates an error about `field`, or about no field.
    public init(_ message: String, field: AccountFormState.Field? = nil) {
        self.message = message
        self.field = field
    }
}
