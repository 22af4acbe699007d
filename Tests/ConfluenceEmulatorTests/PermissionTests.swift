import Foundation
import Testing
@testable import ConfluenceEmulator

/// Users from a users file see only their spaces: in lists, in search and by id.
struct PermissionTests {
    let probe = HTTPProbe()

    func restrictedConfiguration() throws -> EmulatorConfiguration {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("emu-users-\(UUID().uuidString).json")
        try Data("""
        [{"name": "ops", "email": "ops@example.com", "apiToken": "ops-token", "password": "ops-pw", "pat": "ops-pat",
          "accountId": "acc-bob", "spaces": ["OPS"]}]
        """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return EmulatorConfiguration(users: try UserDirectory.load(file: file), now: { TestSites.fixedNow })
    }

    @Test func restrictedUserSeesOnlyTheirSpaceEverywhere() async throws {
        let ops = TestCredential.basic("ops@example.com", "ops-token")
        try await withEmulator(try TestSites.fixture(), try restrictedConfiguration()) { server in
            let spaces = try await probe.send(server.url("/wiki/api/v2/spaces"), credential: ops).object()
            #expect((spaces["results"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["OPS"])
            let v1Spaces = try await probe.send(server.url("/wiki/rest/api/space"), credential: ops).object()
            #expect((v1Spaces["results"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["OPS"])
            let search = try await probe.send(server.url("/wiki/rest/api/search?cql=label%3Drunbook"), credential: ops).object()
            #expect(search["totalSize"] as? Int == 1)
            let v2Forbidden = try await probe.send(server.url("/wiki/api/v2/pages/102"), credential: ops)
            #expect(v2Forbidden.status == 404)
            let v2Missing = try await probe.send(server.url("/wiki/api/v2/pages/98765"), credential: ops)
            #expect(v2Forbidden.text == v2Missing.text)
            #expect(try await probe.send(server.url("/wiki/rest/api/content/102"), credential: ops).status == 404)
            #expect(try await probe.send(server.url("/wiki/api/v2/spaces/9001/pages"), credential: ops).status == 404)
            #expect(try await probe.send(server.url("/wiki/api/v2/pages/201"), credential: ops).status == 200)
            // The demo account still sees everything.
            let all = try await probe.send(server.url("/wiki/rest/api/search?cql=label%3Drunbook"), credential: .cloudDemo).object()
            #expect(all["totalSize"] as? Int == 3)
            // Cloud refuses a password where a token belongs.
            #expect(try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .basic("ops@example.com", "ops-pw")).status == 401)
        }
    }

    @Test func currentUserResolvesToTheCallersAccount() async throws {
        let ops = TestCredential.basic("ops@example.com", "ops-token")
        try await withEmulator(try TestSites.fixture(), try restrictedConfiguration()) { server in
            let cql = QueryParameters.encode("creator = currentUser()")
            let mine = try await probe.send(server.url("/wiki/rest/api/content/search?cql=\(cql)"), credential: ops).object()
            #expect((mine["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["200", "201"])
        }
    }

    @Test func malformedUsersFileIsReportedWithItsPath() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("emu-bad-users-\(UUID().uuidString).json")
        try Data("{\"users\": 3}".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect {
            try UserDirectory.load(file: file)
        } throws: { error in
            "\(error)".contains(file.path) && "\(error)".contains("JSON array")
        }
    }
}
