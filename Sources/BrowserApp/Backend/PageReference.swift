/// An ancestor of a page: its id and, when known, its title.
public struct PageReference: Hashable, Sendable {
    /// The content id.
    public var id: String
    /// The title, when the server sent it (Cloud v2 ancestors carry none).
    public var title: String?

    /// Creates a reference.
    public init(id: String, title: String? = nil) {
        self.id = id
        self.title = title
    }
}
