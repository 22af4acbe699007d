/// A definition failed validation; the description lists every issue.
public struct DefinitionValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The definition's name as given.
    public let name: String
    /// Every issue found, in field order.
    public let issues: [ValidationIssue]

    /// Creates the error.
    public init(name: String, issues: [ValidationIssue]) {
        self.name = name
        self.issues = issues
    }

    public var description: String {
        "the definition \"\(name)\" is not valid: " + issues.map(\.sentence).joined(separator: "; ")
    }
}
