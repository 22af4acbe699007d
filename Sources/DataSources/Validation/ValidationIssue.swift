/// One thing wrong with a definition: the field it concerns and a sentence a user can act on.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// The wire name of the field concerned (`name`, `server_url`, `page_ids`...), or `selector` for the selector rule.
    public let field: String
    /// What is wrong and how to fix it.
    public let sentence: String

    /// Creates an issue.
    public init(field: String, sentence: String) {
        self.field = field
        self.sentence = sentence
    }

    public var description: String { sentence }
}
