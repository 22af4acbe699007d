import ConfluenceKit
import DataSources
import Foundation
import Testing

struct LlamaCloudClientTests {
    private static let apiKey = "llx-SECRETKEY123"
    private static let token = "confluence-SECRET-token"

    private func client(_ responses: HTTPResponse...) -> (LlamaCloudClient, InMemoryTransport) {
        let transport = InMemoryTransport(responses: responses)
        return (LlamaCloudClient(transport: transport, baseURL: URL(string: "http://127.0.0.1:8089/")!), transport)
    }

    private func push(_ client: LlamaCloudClient, _ definition: DataSourceDefinition = Fixtures.full) async throws -> CreatedDataSource {
        try await client.createDataSource(definition, projectID: "proj 1", apiKey: Self.apiKey, confluenceToken: Self.token)
    }

    /// Checks that no sentence or detail of `error` contains a secret.
    private func leaksNothing(_ error: LlamaCloudError) -> Bool {
        let texts = [error.description, String(reflecting: error)] + error.validationDetails
        return texts.allSatisfy { !$0.contains(Self.apiKey) && !$0.contains(Self.token) }
    }

    @Test func sendsTheExactCreateRequest() async throws {
        let (client, transport) = client(HTTPResponse(status: 200, text: #"{"id":"ds-123","name":"eng-docs","project_id":"proj 1","source_type":"CONFLUENCE","component":{}}"#))
        let created = try await push(client)
        #expect(created == CreatedDataSource(id: "ds-123", name: "eng-docs", projectID: "proj 1"))

        let request = try #require(await transport.requests.first)
        #expect(request.method == .post)
        #expect(request.url.absoluteString == "http://127.0.0.1:8089/api/v1/data-sources?project_id=proj%201")
        #expect(request.headers["Authorization"] == "Bearer \(Self.apiKey)")
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["Accept"] == "application/json")
        let expected = try DefinitionExporter.export(Fixtures.full, as: .llamaCloudJSON, options: ExportOptions(includeSecrets: true, apiToken: Self.token))
        #expect(String(decoding: try #require(request.body), as: UTF8.self) + "\n" == expected)
    }

    @Test func withoutATokenTheBodyHasNone() async throws {
        let (client, transport) = client(HTTPResponse(status: 201, text: #"{"id":"ds-9"}"#))
        let created = try await client.createDataSource(Fixtures.minimal, projectID: "p", apiKey: Self.apiKey)
        #expect(created.id == "ds-9")
        let body = String(decoding: try #require(await transport.requests.first?.body), as: UTF8.self)
        #expect(!body.contains("api_token"))
        #expect(await transport.requests.first?.url.absoluteString == "http://127.0.0.1:8089/api/v1/data-sources?project_id=p")
    }

    @Test func defaultBaseURLIsLlamaCloud() async throws {
        let transport = InMemoryTransport(responses: [HTTPResponse(status: 200, text: #"{"id":"x"}"#)])
        _ = try await LlamaCloudClient(transport: transport).createDataSource(Fixtures.minimal, projectID: "p", apiKey: "k")
        #expect(await transport.requests.first?.url.absoluteString == "https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=p")
    }

    @Test func listSendsAnAuthorisedGetAndReadsTheDataSources() async throws {
        let (client, transport) = client(HTTPResponse(status: 200, text: #"[{"id":"ds-1","name":"a","project_id":"proj 1"},{"id":"ds-2","name":"b","project_id":"proj 1"}]"#))
        let listed = try await client.listDataSources(projectID: "proj 1", apiKey: Self.apiKey)
        #expect(listed.map(\.id) == ["ds-1", "ds-2"])
        let request = try #require(await transport.requests.first)
        #expect(request.method == .get)
        #expect(request.url.absoluteString == "http://127.0.0.1:8089/api/v1/data-sources?project_id=proj%201")
        #expect(request.headers["Authorization"] == "Bearer \(Self.apiKey)")
        #expect(request.body == nil)
    }

    @Test func aDuplicateNameIsAConflictNamingIt() async {
        let (client, _) = client(HTTPResponse(status: 409, text: #"{"detail":"exists"}"#))
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.description
                == "the project \"proj 1\" already has a data source named \"eng-docs\" (409 Conflict); rename the definition or delete that data source; LlamaCloud says: exists"
        }
    }

    @Test func unauthorizedSaysToCheckTheKey() async {
        let (client, _) = client(HTTPResponse(status: 401, text: #"{"detail":"Invalid API key llx-SECRETKEY123"}"#))
        await #expect {
            try await push(client)
        } throws: { error in
            guard let error = error as? LlamaCloudError else { return false }
            return error.status == 401
                && error.description == "LlamaCloud did not accept the API key (401 Unauthorized); check LLAMA_CLOUD_API_KEY; LlamaCloud says: Invalid API key <redacted>"
                && leaksNothing(error)
        }
    }

    @Test func forbiddenNamesTheProject() async {
        let (client, _) = client(HTTPResponse(status: 403, text: #"{"detail":"User does not have access to project"}"#))
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.description == "the API key may not create data sources in the project \"proj 1\" (403 Forbidden); check the project id and the key's organisation; LlamaCloud says: User does not have access to project"
        }
    }

    @Test func unprocessableShowsTheValidationDetailWithoutEchoedInput() async {
        let body = #"{"detail":[{"type":"missing","loc":["body","component","server_url"],"msg":"Field required","input":{"api_token":"confluence-SECRET-token"}},{"loc":["body","name"],"msg":"String should have at most 3000 characters"},{"loc":["query","project_id"],"msg":"bad id confluence-SECRET-token"}]}"#
        let (client, _) = client(HTTPResponse(status: 422, text: body))
        await #expect {
            try await push(client)
        } throws: { error in
            guard let error = error as? LlamaCloudError else { return false }
            return error.status == 422
                && error.validationDetails == ["component.server_url: Field required", "name: String should have at most 3000 characters", "query.project_id: bad id <redacted>"]
                && error.description == "LlamaCloud rejected the data source (422 Unprocessable Entity): component.server_url: Field required; name: String should have at most 3000 characters; query.project_id: bad id <redacted>"
                && leaksNothing(error)
        }
    }

    @Test func unprocessableWithATextDetail() async {
        let (client, _) = client(HTTPResponse(status: 422, text: #"{"detail":"Invalid component"}"#))
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.validationDetails == ["Invalid component"]
        }
    }

    @Test func serverErrorsKeepTheirStatusAndAShortBody() async {
        let (client, _) = client(HTTPResponse(status: 502, text: "<html>\nBad gateway for Bearer llx-SECRETKEY123\n</html>", contentType: "text/html"))
        await #expect {
            try await push(client)
        } throws: { error in
            guard let error = error as? LlamaCloudError else { return false }
            return error.status == 502
                && error.description == "LlamaCloud answered 502, a server error; try again later; LlamaCloud says: <html> Bad gateway for Bearer <redacted> </html>"
                && leaksNothing(error)
        }
    }

    @Test func aSecretAcrossTheCutOfALongBodyLeavesNoPrefix() async {
        // Cut before redaction, the first 300 bytes would end in "llx-S", the key's first five characters.
        let body = String(repeating: "x", count: 287) + " Bearer " + Self.apiKey + " and more"
        let (client, _) = client(HTTPResponse(status: 502, text: body, contentType: "text/html"))
        await #expect {
            try await push(client)
        } throws: { error in
            guard let error = error as? LlamaCloudError else { return false }
            return !error.description.contains("llx") && error.description.hasSuffix("Bearer <reda…") && leaksNothing(error)
        }
    }

    @Test func aRedirectIsAnErrorSayingItWasNotFollowed() async {
        let (client, transport) = client(HTTPResponse(status: 307, headers: ["Location": "https://elsewhere.example/api/v1/data-sources"]))
        await #expect {
            try await push(client)
        } throws: { error in
            guard let error = error as? LlamaCloudError else { return false }
            return error.status == 307
                && error.description == "LlamaCloud answered 307 with a redirect to https://elsewhere.example/api/v1/data-sources, which was not followed: the request carries the API key and the Confluence token; check --base-url"
                && leaksNothing(error)
        }
        #expect(await transport.requests.count == 1)
    }

    @Test func otherClientErrorsAreReported() async {
        let (client, _) = client(HTTPResponse(status: 404, text: ""))
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.description == "LlamaCloud answered 404"
        }
    }

    @Test func successWithoutAnIDIsAnError() async {
        let (client, _) = client(HTTPResponse(status: 200, text: #"{"name":"x"}"#))
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.description == "LlamaCloud answered 200 but its answer holds no data source id"
        }
    }

    @Test func transportFailuresAreSentences() async {
        let transport = InMemoryTransport()
        await transport.enqueue(failure: .connectionReset)
        let client = LlamaCloudClient(transport: transport)
        await #expect {
            try await push(client)
        } throws: { error in
            (error as? LlamaCloudError)?.description == "could not reach LlamaCloud: the connection was reset"
        }
    }

    @Test func aTransportSentenceEchoingAKeyWithAControlCharacterLeaksNothing() async {
        // A transport describing the refused header as Swift escapes it (`\r` as two characters) once leaked the key.
        let key = Self.apiKey + "\r"
        let transport = InMemoryTransport()
        await transport.enqueue(failure: .other("invalid header values \(String(describing: ["Bearer " + key]))"))
        let client = LlamaCloudClient(transport: transport)
        let error = await #expect(throws: LlamaCloudError.self) { _ = try await client.listDataSources(projectID: "p", apiKey: key) }
        #expect(error.map(leaksNothing) == true)
        #expect(error?.description.contains("<redacted>") == true)
    }

    @Test func invalidDefinitionsAreNeverSent() async {
        let (client, transport) = client()
        var definition = Fixtures.full
        definition.component.spaceKey = nil
        await #expect {
            try await push(client, definition)
        } throws: { error in
            (error as? LlamaCloudError)?.description == "nothing was sent to LlamaCloud: the definition \"eng-docs\" is not valid: a definition needs one selector: space_key, page_ids, label or cql"
        }
        #expect(await transport.requests.isEmpty)
    }
}
