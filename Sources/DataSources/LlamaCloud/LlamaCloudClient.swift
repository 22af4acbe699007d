public import ConfluenceKit
public import Foundation

/// Creates data sources through LlamaCloud's REST API (`POST /api/v1/data-sources`), over any `HTTPTransport`.
public struct LlamaCloudClient: Sendable {
    /// LlamaCloud's public API.
    public static let defaultBaseURL = URL(string: "https://api.cloud.llamaindex.ai")!

    /// How requests are sent.
    public let transport: any HTTPTransport
    /// The API base URL (the emulator's, in tests).
    public let baseURL: URL
    /// How long one request may take.
    public let timeout: Duration

    /// Creates a client.
    public init(transport: any HTTPTransport, baseURL: URL = LlamaCloudClient.defaultBaseURL, timeout: Duration = .seconds(30)) {
        self.transport = transport
        self.baseURL = baseURL
        self.timeout = timeout
    }

    /// Creates the definition as a data source in `projectID`, authorised by `apiKey`, and returns what LlamaCloud made.
    ///
    /// `confluenceToken` (the account's secret) goes into the component's `api_token`; without it the
    /// field is left out. The definition is validated first, and nothing is sent when it is not valid.
    /// Errors never contain `apiKey` or `confluenceToken`, even when the server echoes them.
    public func createDataSource(
        _ definition: DataSourceDefinition,
        projectID: String,
        apiKey: String,
        confluenceToken: String? = nil
    ) async throws(LlamaCloudError) -> CreatedDataSource {
        do {
            try definition.validate()
        } catch {
            throw LlamaCloudError(.invalidDefinition(error))
        }
        let redactor = Redactor(secrets: [apiKey, confluenceToken].compactMap { $0 })
        let request = try createRequest(definition, projectID: projectID, apiKey: apiKey, confluenceToken: confluenceToken)
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TransportError {
            throw LlamaCloudError(.transport(redactor.clean(error.description)))
        } catch {
            throw LlamaCloudError(.transport(error is CancellationError ? "the request was cancelled" : "the request failed below HTTP"))
        }
        return try Self.interpret(response, projectID: projectID, redactor: redactor)
    }

    /// The exact request a push sends.
    func createRequest(
        _ definition: DataSourceDefinition,
        projectID: String,
        apiKey: String,
        confluenceToken: String?
    ) throws(LlamaCloudError) -> HTTPRequest {
        let text = LlamaCloudEndpoint.createDataSourceURL(base: baseURL, projectID: projectID)
        guard let url = URL(string: text) else {
            throw LlamaCloudError(.unexpectedResponse("the LlamaCloud base URL \(LlamaCloudEndpoint.trimmedBase(baseURL)) does not make a valid URL"))
        }
        let token: SecretSource = confluenceToken.map { .embedded($0) } ?? .omitted
        let body = JSONRenderer.text(CreateRequestBody.value(for: definition, token: token))
        let headers: HTTPHeaders = [
            "Authorization": "Bearer \(apiKey)",
            "Content-Type": "application/json",
            "Accept": "application/json",
        ]
        return HTTPRequest(method: .post, url: url, headers: headers, body: Data(body.utf8), timeout: timeout)
    }

    private static func interpret(_ response: HTTPResponse, projectID: String, redactor: Redactor) throws(LlamaCloudError) -> CreatedDataSource {
        let detail = ErrorDetail(response.body, redactor: redactor)
        switch response.status {
        case 200..<300:
            guard let created = try? JSONDecoder().decode(CreatedWire.self, from: response.body), !created.id.isEmpty else {
                throw LlamaCloudError(.unexpectedResponse("LlamaCloud answered \(response.status) but its answer holds no data source id"))
            }
            return CreatedDataSource(id: created.id, name: created.name, projectID: created.project_id)
        case 401:
            throw LlamaCloudError(.unauthorized(detail: detail.summary))
        case 403:
            throw LlamaCloudError(.forbidden(projectID: projectID, detail: detail.summary))
        case 422:
            throw LlamaCloudError(.rejected(details: detail.items))
        default:
            throw LlamaCloudError(.server(status: response.status, detail: detail.summary))
        }
    }

    /// The fields of LlamaCloud's `DataSource` answer that a push reports.
    private struct CreatedWire: Decodable {
        let id: String
        let name: String?
        let project_id: String?
    }
}
