import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation

/// The LlamaCloud project and API base URL of `sources push` and `sources remote`; the key comes from the environment.
struct LlamaCloudOptions: ParsableArguments {
    @Option(name: .customLong("project-id"), help: "The LlamaCloud project.", transform: LlamaCloudOptions.projectID)
    var projectID: String

    @OptionGroup var baseURL: LlamaCloudBaseURL

    /// A client for the chosen base URL.
    func client() -> LlamaCloudClient {
        LlamaCloudClient(transport: AsyncHTTPClientTransport(followsRedirects: false),
                         baseURL: baseURL.url ?? LlamaCloudClient.defaultBaseURL)
    }

    /// Reads `--project-id`: the thrown `ValidationError` says what is wrong with it (the parser exits with status 2).
    static func projectID(_ text: String) throws -> String {
        if let problem = LlamaCloudProjectID.problem(text) { throw ValidationError(problem) }
        return text
    }

    /// `LLAMA_CLOUD_API_KEY`, which must be set, cleaned as `Secret.cleaned` does.
    static func apiKey() throws -> String {
        guard let apiKey = ProcessInfo.processInfo.environment["LLAMA_CLOUD_API_KEY"], !apiKey.isEmpty else {
            throw ValidationError("set LLAMA_CLOUD_API_KEY to your LlamaCloud API key")
        }
        return try Secret.cleaned(apiKey, origin: "the LlamaCloud API key in LLAMA_CLOUD_API_KEY")
    }
}
