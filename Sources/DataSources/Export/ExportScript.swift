/// What every script export needs: the request body's parts and where to send it.
struct ExportScript {
    /// The definition's name (already validated, so safe in a comment).
    let name: String
    /// `name`, `source_type` and `component` members, in order.
    let bodyMembers: [ExportValue.Member]
    /// The project to create in, if chosen.
    let projectID: String?
    /// The API base URL, when it is not LlamaCloud's default.
    let customBaseURL: String?
    /// The full URL of the create call, query included.
    let createURL: String
    /// Whether the Confluence token is read from the environment (so the header says to set it).
    let readsTokenFromEnvironment: Bool

    /// The comment lines every script starts with, without the comment marker.
    var headerLines: [String] {
        var lines = ["Creates the Confluence data source \"\(name)\" in LlamaCloud."]
        let variables = [CreateRequestBody.apiKeyVariable] + (readsTokenFromEnvironment ? [CreateRequestBody.tokenVariable] : [])
        lines.append("Needs \(EnglishList.join(variables)) in the environment.")
        return lines
    }
}
