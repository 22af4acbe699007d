/// A create body that passed validation: the name, the Confluence component and any custom metadata.
struct DataSourceDraft: Sendable {
    /// The data source's name.
    let name: String
    /// The component as sent (the `api_token` included), keys in the SDK's field order.
    let component: JSONValue
    /// `custom_metadata`, when given and not null.
    let customMetadata: JSONValue?
}
