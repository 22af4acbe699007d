public import Foundation

/// Choices for an export: whether to embed the secret, and where the data source is created.
///
/// - Warning: With `includeSecrets`, the exported text holds the Confluence token in clear; the caller
///   should warn the user (the CLI does so on stderr).
public struct ExportOptions: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// Embed the Confluence token instead of reading it from `CONFLUENCE_API_TOKEN`. Off unless set explicitly.
    public var includeSecrets: Bool
    /// The account's Confluence token, used only when `includeSecrets` is true.
    public var apiToken: String?
    /// The LlamaCloud project to create the data source in; `nil` means the key's default project.
    public var projectID: String?
    /// The LlamaCloud API base URL; exports mention it only when it is not the default.
    public var baseURL: URL

    /// Creates options; by default no secret is written.
    public init(includeSecrets: Bool = false, apiToken: String? = nil, projectID: String? = nil, baseURL: URL = LlamaCloudClient.defaultBaseURL) {
        self.includeSecrets = includeSecrets
        self.apiToken = apiToken
        self.projectID = projectID
        self.baseURL = baseURL
    }

    /// A summary that never shows the token.
    public var description: String {
        "ExportOptions(includeSecrets: \(includeSecrets), apiToken: \(apiToken == nil ? "nil" : "<redacted>"), projectID: \(projectID ?? "nil"), baseURL: \(baseURL.absoluteString))"
    }

    public var debugDescription: String { description }
}
