import Foundation
import Testing
import TestSupport
@testable import ConfluenceEmulator

/// Error bodies per flavour, unknown routes, and the request log.
struct ErrorAndLogTests {
    let probe = HTTPProbe()

    @Test func cloudErrorsUseTheShapeOfTheAPICalled() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let noAuthV2 = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .none)
            #expect(noAuthV2.status == 401)
            #expect(((try noAuthV2.object()["errors"] as? [[String: Any]])?.first)?["code"] as? String == "UNAUTHORIZED")
            let noAuthV1 = try await probe.send(server.url("/wiki/rest/api/space"), credential: .none)
            #expect(noAuthV1.status == 401)
            #expect(try noAuthV1.object()["statusCode"] as? Int == 401)
            let wrongToken = try await probe.send(server.url("/wiki/rest/api/space"), credential: .basic("demo@example.com", "wrong"))
            #expect(wrongToken.status == 401)
            #expect(wrongToken.header("Content-Type")?.hasPrefix("application/json") == true)
            let unknownV2 = try await probe.send(server.url("/wiki/api/v2/whiteboards"), credential: .cloudDemo)
            #expect(unknownV2.status == 404)
            #expect(((try unknownV2.object()["errors"] as? [[String: Any]])?.first)?["status"] as? Int == 404)
            let unknownV1 = try await probe.send(server.url("/wiki/rest/api/nothing/here"), credential: .cloudDemo)
            #expect(unknownV1.status == 404)
            #expect(try unknownV1.object()["reason"] as? String == "Not Found")
            let wrongMethod = try await probe.send(server.url("/wiki/api/v2/pages/100"), method: "DELETE", credential: .cloudDemo)
            #expect(wrongMethod.status == 405)
            let missingV1 = try await probe.send(server.url("/wiki/rest/api/content/424242"), credential: .cloudDemo)
            #expect(missingV1.status == 404)
            #expect(try missingV1.object()["message"] as? String == "No content found with id: ContentId{id=424242}")
            let badCursor = try await probe.send(server.url("/wiki/api/v2/spaces?cursor=%21%21"), credential: .cloudDemo)
            #expect(badCursor.status == 400)
            let badLimit = try await probe.send(server.url("/wiki/api/v2/spaces?limit=abc"), credential: .cloudDemo)
            #expect(badLimit.status == 400)
            let noCQL = try await probe.send(server.url("/wiki/rest/api/search"), credential: .cloudDemo)
            #expect(noCQL.status == 400)
            let hugeStart = try await probe.send(server.url("/wiki/rest/api/content?start=99999999999999999999999&limit=9223372036854775807"),
                                                 credential: .cloudDemo)
            #expect(hugeStart.status == 200)
            #expect((try hugeStart.object()["results"] as? [Any])?.isEmpty == true)
            let forged = SiteAPI.base64URL(Array("o:9223372036854775807".utf8))
            #expect(try await probe.send(server.url("/wiki/api/v2/spaces?cursor=\(forged)"), credential: .cloudDemo).status == 400)
            let hugeSearch = try await probe.send(server.url("/wiki/rest/api/search?cql=type%3Dpage&start=9223372036854775807"),
                                                  credential: .cloudDemo)
            #expect(hugeSearch.status == 200)
        }
    }

    @Test func dataCenterBadCQLUsesTheRestErrorBody() async throws {
        let configuration = EmulatorConfiguration(flavor: .dataCenter, now: { TestSites.fixedNow })
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            let reply = try await probe.send(server.url("/rest/api/content/search?cql=\(QueryParameters.encode("space = "))"),
                                             credential: .dataCenterPAT)
            #expect(reply.status == 400)
            let body = try reply.object()
            #expect(body["message"] as? String == "Could not parse cql : space = ")
            #expect(Set(body.keys) == ["statusCode", "data", "message", "reason"])
        }
    }

    @Test func requestLogRecordsEachRequest() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            _ = try await probe.send(server.url("/wiki/api/v2/spaces?limit=2"), credential: .cloudDemo)
            _ = try await probe.send(server.url("/wiki/rest/api/space"), credential: .none)
            _ = try await probe.send(server.url("/_edge/tenant_info"), credential: .none)
            let records = await server.requestLog.records
            #expect(records.count == 3)
            #expect(records.map(\.sequence) == [1, 2, 3])
            #expect(records[0].method == "GET")
            #expect(records[0].path == "/wiki/api/v2/spaces")
            #expect(records[0].query == "limit=2")
            #expect(records[0].authKind == .basic)
            #expect(records[0].status == 200)
            #expect(records[0].durationMilliseconds >= 0)
            #expect(records[1].authKind == AuthKind.none)
            #expect(records[1].status == 401)
            #expect(records[2].status == 200)
            await server.requestLog.clear()
            #expect(await server.requestLog.count == 0)
        }
    }

    @Test func theRequestLogFileGetsALinePerRequestWithoutCredentialsAndIsPrivate() async throws {
        try await ScratchDirectory.with { folder in
            let file = folder.appendingPathComponent("requests.log")
            var configuration = EmulatorConfiguration(now: { TestSites.fixedNow })
            configuration.requestLogPath = file.path
            try await withEmulator(try TestSites.fixture(), configuration) { server in
                _ = try await probe.send(server.url("/wiki/api/v2/spaces?limit=2"), credential: .cloudDemo)
                _ = try await probe.send(server.url("/wiki/rest/api/space"), credential: .none)
            }
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.first?.hasPrefix("1 GET /wiki/api/v2/spaces?limit=2 200 ") == true)
            #expect(lines.first?.hasSuffix("auth=basic") == true)
            #expect(lines.last?.hasPrefix("2 GET /wiki/rest/api/space 401 ") == true)
            #expect(!lines.joined().contains("demo-token"))
            #expect(ScratchDirectory.mode(file) == 0o600)
        }
    }

    @Test func anUnwritableRequestLogStopsTheStartWithASentence() async throws {
        var configuration = EmulatorConfiguration()
        configuration.requestLogPath = "/nonexistent-folder/requests.log"
        await #expect {
            _ = try await EmulatorServer.start(site: try TestSites.fixture(), configuration: configuration)
        } throws: { error in
            String(describing: error) == "cannot write the request log /nonexistent-folder/requests.log: No such file or directory"
        }
    }

    @Test func concurrentRequestsAreAllAnsweredAndLogged() async throws {
        let site = Site.synthetic(SyntheticOptions(pages: 300, seed: 2, spaces: 3))
        try await withEmulator(site) { server in
            let ids = site.contents.prefix(40).map(\.id)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for id in ids {
                    group.addTask {
                        try await HTTPProbe().send(server.url("/wiki/rest/api/content/\(id)?expand=body.storage"), credential: .cloudDemo).status
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.count == 40 && statuses.allSatisfy { $0 == 200 })
            let records = await server.requestLog.records
            #expect(records.count == 40)
            #expect(Set(records.map(\.sequence)) == Set(1...40))
        }
    }

    @Test func stopReleasesThePort() async throws {
        let server = try await EmulatorServer.start(site: try TestSites.fixture())
        let url = server.url("/_edge/tenant_info")
        #expect(try await probe.send(url, credential: .none).status == 200)
        await server.stop()
        await #expect(throws: (any Error).self) { _ = try await probe.send(url, credential: .none) }
    }
}
