/// A create body the SDK's types refuse, with every problem found (answered as a 422).
struct InvalidBody: Error, Sendable {
    /// The problems, in the order of the type's fields.
    let issues: [BodyIssue]
}
