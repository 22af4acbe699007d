public import ConfluenceKit
public import Foundation

/// Creates and lists data sources through LlamaCloud's REST API (`/api/v1/data-sources`), over any `HTTPTransport`.
///
/// - Warning: Give it a transport that does not follow redirects (`AsyncHTTPClientTransport(followsRedirects: false)`):
///   a followed redirect would replay the API key and the Confluence token to another address. A 3xx answer is an error.
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
        let redactor = Redactor(hiding: [apiKey, confluenceToken])
        let request = try createRequest(definition, projectID: projectID, apiKey: apiKey, confluenceToken: confluenceToken)
        let response = try await send(request, redactor: redactor)
        try Self.check(response, projectID: projectID, name: definition.name, redactor: redactor)
        guard let created = try? JSONDecoder().decode(CreatedWire.self, from: response.body), !created.id.isEmpty else {
            throw LlamaCloudError(.unexpectedResponse("LlamaCloud answered \(response.status) but its answer holds no data source id"))
        }
        return created.value
    }

    /// The data sources of `projectID` (`GET /api/v1/data-sources`), authorised by `apiKey`.
    public func listDataSources(projectID: String, apiKey: String) async throws(LlamaCloudError) -> [CreatedDataSource] {
        let redactor = Redactor(hiding: [apiKey])
        let request = HTTPRequest(method: .get, url: try url(projectID: projectID), headers: headers(apiKey: apiKey), timeout: timeout)
        let response = try await send(request, redactor: redactor)
        try Self.check(response, projectID: projectID, name: nil, redactor: redactor)
        guard let listed = try? JSONDecoder().decode([CreatedWire].self, from: response.body) else {
            throw LlamaCloudError(.unexpectedResponse("LlamaCloud answered \(response.status) but its answer is not a list of data sources"))
        }
        return listed.map(\.value)
    }

    /// The exact request a push sends.
    func createRequest(
        _ definition: DataSourceDefinition,
        projectID: String,
        apiKey: String,
        confluenceToken: String?
    ) throws(LlamaCloudError) -> HTTPRequest {
        let token: SecretSource = confluenceToken.map { .embedded($0) } ?? .omitted
        let body = JSONRenderer.text(CreateRequestBody.value(for: definition, token: token))
        var headers = headers(apiKey: apiKey)
        headers.add(name: "Content-Type", value: "application/json")
        return HTTPRequest(method: .post, url: try url(projectID: projectID), headers: headers, body: Data(body.utf8), timeout: timeout)
    }

    private func url(projectID: String) throws(LlamaCloudError) -> URL {
        guard let url = URL(string: LlamaCloudEndpoint.dataSourcesURL(base: baseURL, projectID: projectID)) else {
            throw LlamaCloudError(.unexpectedResponse("the LlamaCloud base URL \(LlamaCloudEndpoint.trimmedBase(baseURL)) does not make a valid URL"))
        }
        return url
    }

    private func headers(apiKey: String) -> HTTPHeaders {
        ["Authorization": "Bearer \(apiKey)", "Accept": "application/json"]
    }

    private func send(_ request: HTTPRequest, redactor: Redactor) async throws(LlamaCloudError) -> HTTPResponse {
        do {
            return try await transport.send(request)
        } catch let error as TransportError {
            throw LlamaCloudError(.transport(redactor.clean(error.description)))
        } catch {
            throw LlamaCloudError(.transport(error is CancellationError ? "the request was cancelled" : "the request failed below HTTP"))
        }
    }

    /// Throws the error a non-2xx answer stands for; `name` is the data source being created, if any.
    private static func check(_ response: HTTPResponse, projectID: String, name: String?, redactor: Redactor) throws(LlamaCloudError) {
        guard !(200..<300).contains(response.status) else { return }
        let detail = ErrorDetail(response.body, redactor: redactor)
        switch (response.status, name) {
        case (401, _):
            throw LlamaCloudError(.unauthorized(detail: detail.summary))
        case (403, _):
            throw LlamaCloudError(.forbidden(projectID: projectID, detail: detail.summary))
        case (409, let name?):
            throw LlamaCloudError(.duplicateName(name: name, projectID: projectID, detail: detail.summary))
        case (422, _):
            throw LlamaCloudError(.rejected(details: detail.items))
        case (300..<400, _):
            throw LlamaCloudError(.redirected(status: response.status, location: response.headers["Location"].map { redactor.summary($0, limit: 200) }))
        default:
            throw LlamaCloudError(.server(status: response.status, detail: detail.summary))
        }
    }

    /// The fields of LlamaCloud's `DataSource` answer that a push reports.
    private struct CreatedWire: Decodable {
        let id: String
        let name: String?
        let project_id: String?

        var value: CreatedDataSource { CreatedDataSource(id: id, name: name, projectID: project_id) }
    }
}
