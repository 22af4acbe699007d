import ConfluenceEmulator
import ConfluenceKit
import DataSources
import Foundation
import Testing

/// `sources push`'s client against the emulator's LlamaCloud endpoint over loopback.
struct LlamaCloudPushTests {
    private static let key = "llx-push-SECRET"
    private static let token = "confluence-push-SECRET"

    private static let definition = DataSourceDefinition(
        name: "eng-docs",
        account: "work",
        component: ConfluenceDataSource(
            serverURL: "https://example.atlassian.net/wiki", authenticationMechanism: .basic, userName: "me@example.com",
            spaceKey: "ENG", keepMarkdownFormat: true, failureHandling: FailureHandling(skipListFailures: true)))

    /// Runs `body` with a client pointed at an emulator that accepts `key` for the projects `main` and `side`.
    @discardableResult
    private func withEndpoint<T>(transport: any HTTPTransport = AsyncHTTPClientTransport(followsRedirects: false),
                                 _ body: (LlamaCloudClient) async throws -> T) async throws -> T {
        // The Confluence side is not used: the smallest site keeps the start cheap.
        let site = ConfluenceEmulator.Site.synthetic(SyntheticOptions(pages: 1, spaces: 1))
        let server = try await EmulatorServer.start(site: site, configuration: EmulatorConfiguration(
            llamaCloud: LlamaCloudAccount(apiKey: Self.key, projectIDs: ["main", "side"])))
        do {
            let result = try await body(LlamaCloudClient(transport: transport, baseURL: server.llamaCloudBaseURL))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    private func leaksNothing(_ error: LlamaCloudError) -> Bool {
        let texts = [error.description, String(reflecting: error)] + error.validationDetails
        return texts.allSatisfy { !$0.contains(Self.key) && !$0.contains(Self.token) }
    }

    @Test func pushThenList() async throws {
        try await withEndpoint { client in
            let created = try await client.createDataSource(Self.definition, projectID: "main", apiKey: Self.key, confluenceToken: Self.token)
            #expect(created.name == "eng-docs")
            #expect(created.projectID == "main")
            #expect(UUID(uuidString: created.id) != nil)
            #expect(try await client.listDataSources(projectID: "main", apiKey: Self.key) == [created])
            #expect(try await client.listDataSources(projectID: "side", apiKey: Self.key).isEmpty)
        }
    }

    @Test func aWrongKeyIsUnauthorized() async throws {
        try await withEndpoint { client in
            await #expect {
                try await client.createDataSource(Self.definition, projectID: "main", apiKey: "llx-wrong", confluenceToken: Self.token)
            } throws: { error in
                (error as? LlamaCloudError)?.description
                    == "LlamaCloud did not accept the API key (401 Unauthorized); check LLAMA_CLOUD_API_KEY; LlamaCloud says: Invalid API key"
            }
            await #expect {
                try await client.listDataSources(projectID: "main", apiKey: "llx-wrong")
            } throws: { error in
                (error as? LlamaCloudError)?.status == 401
            }
        }
    }

    @Test func anotherProjectIsForbidden() async throws {
        try await withEndpoint { client in
            await #expect {
                try await client.createDataSource(Self.definition, projectID: "theirs", apiKey: Self.key, confluenceToken: Self.token)
            } throws: { error in
                guard let error = error as? LlamaCloudError else { return false }
                return error.description == "the API key may not create data sources in the project \"theirs\" (403 Forbidden); check the project id and the key's organisation; LlamaCloud says: The API key may not use project theirs"
                    && leaksNothing(error)
            }
        }
    }

    @Test func aSecondPushOfTheSameNameIsAConflict() async throws {
        try await withEndpoint { client in
            _ = try await client.createDataSource(Self.definition, projectID: "main", apiKey: Self.key, confluenceToken: Self.token)
            await #expect {
                try await client.createDataSource(Self.definition, projectID: "main", apiKey: Self.key, confluenceToken: Self.token)
            } throws: { error in
                guard let error = error as? LlamaCloudError else { return false }
                return error.status == 409
                    && error.description == "the project \"main\" already has a data source named \"eng-docs\" (409 Conflict); rename the definition or delete that data source; LlamaCloud says: A data source named eng-docs already exists in project main"
            }
        }
    }

    @Test func aBodyTheSDKTypesRefuseIsReportedByField() async throws {
        let transport = BodyRewritingTransport(base: AsyncHTTPClientTransport(followsRedirects: false)) { text in
            text.replacingOccurrences(of: #""keep_markdown_format": true"#, with: #""keep_markdown_format": "yes""#)
                .replacingOccurrences(of: #""server_url""#, with: #""serverUrl""#)
        }
        try await withEndpoint(transport: transport) { client in
            await #expect {
                try await client.createDataSource(Self.definition, projectID: "main", apiKey: Self.key, confluenceToken: Self.token)
            } throws: { error in
                guard let error = error as? LlamaCloudError else { return false }
                return error.status == 422
                    && error.validationDetails == [
                        "component.server_url: Field required",
                        "component.keep_markdown_format: Input should be a valid boolean",
                        "component.serverUrl: Extra inputs are not permitted",
                    ]
                    && leaksNothing(error)
            }
            #expect(await transport.rewrites == 1)
        }
    }
}

extension LlamaCloudPushTests {
    /// The push's transport hands a redirect back instead of following it (the emulator's OAuth consent page
    /// redirects to a callback on the emulator itself, which a followed redirect would reach: a 404).
    @Test func theNonRedirectingTransportAnswersTheRedirectItself() async throws {
        let site = ConfluenceEmulator.Site.synthetic(SyntheticOptions(pages: 1, spaces: 1))
        let server = try await EmulatorServer.start(site: site, configuration: EmulatorConfiguration())
        let callback = "http://127.0.0.1:\(server.port)/callback"
        var query = URLComponents(string: server.baseURL.absoluteString + "/authorize")!
        query.queryItems = [("audience", "api.atlassian.com"), ("client_id", "demo-client"), ("scope", "read:space:confluence"),
                            ("redirect_uri", callback), ("state", "s"), ("response_type", "code"), ("prompt", "consent")]
            .map { URLQueryItem(name: $0.0, value: $0.1) }
        let request = HTTPRequest(url: query.url!)
        let kept = try? await AsyncHTTPClientTransport(followsRedirects: false).send(request)
        let followed = try? await AsyncHTTPClientTransport().send(request)
        await server.stop()
        #expect(kept?.status == 302)
        #expect(kept?.headers["Location"]?.hasPrefix(callback + "?code=") == true)
        #expect(followed?.status != 302)
    }
}

/// A transport that edits each request body's text before sending it, to send what the client never would.
actor BodyRewritingTransport: HTTPTransport {
    let base: any HTTPTransport
    let rewrite: @Sendable (String) -> String
    /// How many bodies were edited.
    private(set) var rewrites = 0

    init(base: any HTTPTransport, rewrite: @escaping @Sendable (String) -> String) {
        self.base = base
        self.rewrite = rewrite
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var edited = request
        if let body = request.body {
            edited.body = Data(rewrite(String(decoding: body, as: UTF8.self)).utf8)
            rewrites += 1
        }
        return try await base.send(edited)
    }
}
