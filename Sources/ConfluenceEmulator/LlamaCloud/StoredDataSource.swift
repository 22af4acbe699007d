/// A data source the LlamaCloud endpoint created, answered in the shape of the SDK's `DataSource`.
struct StoredDataSource: Sendable {
    /// A UUID.
    let id: String
    /// The project it lives in.
    let projectID: String
    /// What the create call sent.
    let draft: DataSourceDraft
    /// When it was created (it is never updated).
    let createdAt: Timestamp

    /// The `DataSource` body: id, name, project, source type, the component as given (its `api_token` too,
    /// as LlamaCloud stores it), metadata and timestamps.
    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("name", .string(draft.name)),
            ("project_id", .string(projectID)),
            ("source_type", .string("CONFLUENCE")),
            ("component", draft.component),
        ]
        if let metadata = draft.customMetadata { pairs.append(("custom_metadata", metadata)) }
        pairs += [("created_at", .string(createdAt.iso8601)), ("updated_at", .string(createdAt.iso8601))]
        return .object(pairs)
    }
}
