import Foundation
import Testing
@testable import ConfluenceEmulator

/// LlamaCloud's `/api/v1/data-sources` on the emulator: auth, the SDK's body types, the store and the log.
struct LlamaCloudEndpointTests {
    private static let key = "llx-endpoint-SECRET"
    private static let token = "confluence-endpoint-SECRET"
    let probe = HTTPProbe()
    let configuration = EmulatorConfiguration(now: { TestSites.fixedNow },
                                              llamaCloud: LlamaCloudAccount(apiKey: key, projectIDs: ["proj-a", "proj-b"]))

    private static let valid = #"{"name":"eng","source_type":"CONFLUENCE","component":{"server_url":"https://x.atlassian.net/wiki","authentication_mechanism":"basic","user_name":"me@x.com","api_token":"confluence-endpoint-SECRET","space_key":"ENG","keep_markdown_format":true,"failure_handling":{"skip_list_failures":true}}}"#

    private func withLlamaCloud<T>(_ body: (EmulatorServer) async throws -> T) async throws -> T {
        try await withEmulator(try TestSites.fixture(), configuration, body)
    }

    private func post(_ server: EmulatorServer, _ body: String, project: String = "proj-a") async throws -> HTTPReply {
        try await probe.send(server.url("/api/v1/data-sources?project_id=\(project)"), method: "POST", credential: .bearer(Self.key), body: body)
    }

    /// The `(loc, type)` pairs of a 422 answer, `loc` joined with dots.
    private func issues(_ reply: HTTPReply) throws -> [String] {
        let detail = try #require(try reply.object()["detail"] as? [[String: Any]])
        return detail.map { item in
            ((item["loc"] as? [String]) ?? []).joined(separator: ".") + " " + ((item["type"] as? String) ?? "")
        }
    }

    @Test func createListAndGet() async throws {
        try await withLlamaCloud { server in
            let created = try await post(server, Self.valid)
            #expect(created.status == 200)
            let object = try created.object()
            let id = try #require(object["id"] as? String)
            #expect(UUID(uuidString: id) != nil)
            #expect(object["name"] as? String == "eng")
            #expect(object["project_id"] as? String == "proj-a")
            #expect(object["source_type"] as? String == "CONFLUENCE")
            #expect(object["created_at"] as? String == "2025-06-01T00:00:00.000Z")
            #expect(object["updated_at"] as? String == "2025-06-01T00:00:00.000Z")
            let component = try #require(object["component"] as? [String: Any])
            #expect(component["api_token"] as? String == Self.token)
            #expect(component["keep_markdown_format"] as? Bool == true)
            #expect((component["failure_handling"] as? [String: Any])?["skip_list_failures"] as? Bool == true)
            #expect(created.text.contains(#""component":{"authentication_mechanism":"basic","server_url":"#))

            let listed = try await probe.send(server.url("/api/v1/data-sources?project_id=proj-a"), credential: .bearer(Self.key))
            #expect(listed.status == 200)
            let items = try #require(try JSONSerialization.jsonObject(with: listed.body) as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [id])
            let other = try await probe.send(server.url("/api/v1/data-sources?project_id=proj-b"), credential: .bearer(Self.key))
            #expect(other.text == "[]")

            let fetched = try await probe.send(server.url("/api/v1/data-sources/\(id)"), credential: .bearer(Self.key))
            #expect(fetched.status == 200)
            #expect(try fetched.object()["id"] as? String == id)
            let missing = try await probe.send(server.url("/api/v1/data-sources/nope"), credential: .bearer(Self.key))
            #expect(missing.status == 404)
            #expect(try missing.object()["detail"] as? String == "Data source not found")
        }
    }

    @Test func theKeyAndTheProjectAreChecked() async throws {
        try await withLlamaCloud { server in
            let none = try await probe.send(server.url("/api/v1/data-sources"), credential: .none)
            #expect(none.status == 401)
            #expect(try none.object()["detail"] as? String == "Not authenticated")
            let wrong = try await probe.send(server.url("/api/v1/data-sources"), method: "POST", credential: .bearer("llx-wrong"), body: Self.valid)
            #expect(wrong.status == 401)
            #expect(try wrong.object()["detail"] as? String == "Invalid API key")
            let basic = try await probe.send(server.url("/api/v1/data-sources"), credential: .cloudDemo)
            #expect(basic.status == 401)
            let forbidden = try await post(server, Self.valid, project: "proj-z")
            #expect(forbidden.status == 403)
            #expect(try forbidden.object()["detail"] as? String == "The API key may not use project proj-z")
            let listForbidden = try await probe.send(server.url("/api/v1/data-sources?project_id=proj-z"), credential: .bearer(Self.key))
            #expect(listForbidden.status == 403)
            let defaultProject = try await probe.send(server.url("/api/v1/data-sources"), method: "POST", credential: .bearer(Self.key), body: Self.valid)
            #expect(try defaultProject.object()["project_id"] as? String == "proj-a")
        }
    }

    @Test(arguments: [
        (#"{"source_type":"CONFLUENCE","component":{}}"#, ["body.name missing", "body.component.authentication_mechanism missing", "body.component.server_url missing"]),
        (#"{"name":1,"source_type":"S3","component":[]}"#, ["body.name string_type", "body.source_type literal_error", "body.component dict_type"]),
        (#"{"name":"n","source_type":"CONFLUENCE","component":{"server_url":"u","authentication_mechanism":"basic","keep_markdown_format":"true","page_ids":[1,2],"space_keys":"X"}}"#,
         ["body.component.keep_markdown_format bool_type", "body.component.page_ids string_type", "body.component.space_keys extra_forbidden"]),
        (#"{"name":"n","source_type":"CONFLUENCE","project_id":"p","component":{"server_url":"u","authentication_mechanism":"basic","failure_handling":{"skip":true},"sync_permissions":null}}"#,
         ["body.component.failure_handling.skip extra_forbidden", "body.component.sync_permissions bool_type", "body.project_id extra_forbidden"]),
        (#"{"name":"n","source_type":"CONFLUENCE","component":{"server_url":"u","authentication_mechanism":"basic","class_name":null,"failure_handling":null}}"#,
         ["body.component.class_name string_type", "body.component.failure_handling dict_type"]),
        (#"{"name": "n", "#, ["body json_invalid"]),
        (#"[1]"#, ["body dict_type"]),
    ])
    func bodiesTheSDKTypesRefuseAreUnprocessable(body: String, expected: [String]) async throws {
        try await withLlamaCloud { server in
            let reply = try await post(server, body)
            #expect(reply.status == 422)
            #expect(try issues(reply) == expected)
            #expect(try await probe.send(server.url("/api/v1/data-sources"), credential: .bearer(Self.key)).text == "[]")
        }
    }

    @Test func nullableFieldsAndMetadataAreAccepted() async throws {
        let body = #"{"name":"n","source_type":"CONFLUENCE","custom_metadata":{"team":"docs","weight":1.5},"component":{"server_url":"u","authentication_mechanism":"oauth2","api_token":null,"cql":null,"label":"runbook","page_ids":"1,2","space_key":null,"user_name":null,"class_name":"CloudConfluenceDataSource","index_restricted_pages":false,"supports_access_control":false,"sync_permissions":true}}"#
        try await withLlamaCloud { server in
            let reply = try await post(server, body)
            #expect(reply.status == 200)
            #expect((try reply.object()["custom_metadata"] as? [String: Any])?["weight"] as? Double == 1.5)
        }
    }

    @Test func aNameIsUniqueWithinAProject() async throws {
        try await withLlamaCloud { server in
            #expect(try await post(server, Self.valid).status == 200)
            let again = try await post(server, Self.valid)
            #expect(again.status == 409)
            #expect(try again.object()["detail"] as? String == "A data source named eng already exists in project proj-a")
            #expect(try await post(server, Self.valid, project: "proj-b").status == 200)
        }
    }

    @Test func theLogHoldsNeitherTheKeyNorTheToken() async throws {
        try await withLlamaCloud { server in
            _ = try await post(server, Self.valid)
            _ = try await probe.send(server.url("/api/v1/data-sources?project_id=proj-a"), credential: .bearer(Self.key))
            let records = await server.requestLog.records
            #expect(records.map(\.status) == [200, 200])
            #expect(records.map(\.authKind) == [.bearer, .bearer])
            #expect(records.first?.query == "project_id=proj-a")
            let logged = String(reflecting: records)
            #expect(!logged.contains(Self.key) && !logged.contains(Self.token))
        }
    }

    @Test func withoutAnAccountTheEndpointIsAbsent() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let reply = try await probe.send(server.url("/api/v1/data-sources"), method: "POST", credential: .cloudDemo, body: Self.valid)
            #expect(reply.status == 404)
            #expect(try reply.object()["detail"] == nil, "answered by the Confluence routes, in their error shape")
        }
    }
}
