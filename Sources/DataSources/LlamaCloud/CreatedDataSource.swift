/// The data source LlamaCloud created: its id, and the name and project it reports.
public struct CreatedDataSource: Hashable, Sendable {
    /// LlamaCloud's id for the new data source.
    public let id: String
    /// The name LlamaCloud stored.
    public let name: String?
    /// The project it was created in.
    public let projectID: String?

    /// Creates a value.
    public init(id: String, name: String?, projectID: String?) {
        self.id = id
        self.name = name
        self.projectID = projectID
    }
}
