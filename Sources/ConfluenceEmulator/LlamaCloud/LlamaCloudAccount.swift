/// The LlamaCloud endpoint's account: the API key it accepts and the projects that key may use.
public struct LlamaCloudAccount: Sendable {
    /// The `Bearer` key requests must carry.
    public var apiKey: String
    /// The projects the key may create and list data sources in; the first is used when a request names none.
    public var projectIDs: [String]

    /// Creates an account; `projectIDs` must not be empty.
    public init(apiKey: String, projectIDs: [String]) {
        self.apiKey = apiKey
        self.projectIDs = projectIDs
    }
}
