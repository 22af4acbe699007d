/// A label on a page.
public struct Label: Hashable, Sendable, Codable {
    /// The label id, when the server sent it.
    public var id: String?
    /// The label name, e.g. `onboarding`.
    public var name: String
    /// `global`, `my` or `team`.
    public var prefix: String?

    /// Creates a label.
    public init(id: String? = nil, name: String, prefix: String? = nil) {
        self.id = id
        self.name = name
        self.prefix = prefix
    }
}
