/// The forms `sources export` can write a definition in.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The exact JSON body of `POST /api/v1/data-sources`.
    case llamaCloudJSON = "llamacloud-json"
    /// A Python script using the `llama_cloud` SDK's `client.data_sources.create(...)`.
    case python
    /// A TypeScript module using the `@llamaindex/llama-cloud` client's `client.dataSources.create(...)`.
    case typeScript = "typescript"
    /// A shell command making the raw HTTP call with curl.
    case curl

    /// The usual file extension for the format, without the dot.
    public var fileExtension: String {
        switch self {
        case .llamaCloudJSON: "json"
        case .python: "py"
        case .typeScript: "ts"
        case .curl: "sh"
        }
    }

    public var description: String { rawValue }
}
