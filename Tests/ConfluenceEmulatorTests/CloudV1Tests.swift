import Foundation
import Testing
@testable import ConfluenceEmulator

/// Cloud REST v1 endpoints under `/wiki/rest/api` over loopback HTTP.
struct CloudV1Tests {
    let probe = HTTPProbe()
    let pager = RestPager(credential: .cloudDemo)

    @Test func searchPagesWithCursorAndReportsTotalSize() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let cql = QueryParameters.encode("label = runbook ORDER BY title")
            let (results, pages, bodies) = try await pager.collect(server, "/wiki/rest/api/search?cql=\(cql)&limit=1")
            #expect(pages == 3)
            #expect(results.compactMap { $0["title"] as? String } == ["Database failover", "Deploy runbook", "Incident postmortem 2024-03"])
            #expect(bodies.allSatisfy { $0["totalSize"] as? Int == 3 && $0["cqlQuery"] as? String == "label = runbook ORDER BY title" })
            let next = (bodies[0]["_links"] as? [String: Any])?["next"] as? String
            #expect(next?.hasPrefix("/rest/api/search?") == true)
            #expect(next?.contains("cursor=") == true)
            let first = results[0]
            #expect((first["content"] as? [String: Any])?["id"] as? String == "103")
            #expect((first["resultGlobalContainer"] as? [String: Any])?["title"] as? String == "Engineering")
            #expect((first["breadcrumbs"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["Engineering Home", "Deploy runbook"])
            let count = try await probe.send(server.url("/wiki/rest/api/search?cql=\(cql)&limit=0"), credential: .cloudDemo).object()
            #expect(count["totalSize"] as? Int == 3)
            #expect((count["results"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func contentSearchPagesWithCursorAndHasNoTotal() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let cql = QueryParameters.encode("space = ENG AND type = page")
            let (results, pages, bodies) = try await pager.collect(server, "/wiki/rest/api/content/search?cql=\(cql)&limit=2&expand=body.storage")
            #expect(pages == 3)
            #expect(results.compactMap { $0["id"] as? String } == ["100", "151", "152", "102", "103", "104"])
            #expect(bodies[0]["totalSize"] == nil)
            let body = ((results[0]["body"] as? [String: Any])?["storage"] as? [String: Any])?["value"] as? String
            #expect(body?.contains("Engineering") == true)
        }
    }

    @Test func contentListingPagesWithStartAndLimit() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let (results, pages, bodies) = try await pager.collect(server, "/wiki/rest/api/content?spaceKey=ENG&type=page&limit=2")
            #expect(pages == 3)
            #expect(results.compactMap { $0["id"] as? String } == ["100", "151", "152", "102", "103", "104"])
            #expect(bodies.map { $0["start"] as? Int } == [0, 2, 4])
            #expect(bodies.allSatisfy { ($0["_links"] as? [String: Any])?["context"] as? String == "/wiki" })
            let next = (bodies[0]["_links"] as? [String: Any])?["next"] as? String
            #expect(next == "/rest/api/content?spaceKey=ENG&type=page&limit=2&start=2")
        }
    }

    @Test func contentByIDExpandsBodyVersionSpaceAncestors() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let reply = try await probe.send(server.url("/wiki/rest/api/content/103?expand=body.storage,body.view,body.export_view,version,space,ancestors,history.lastUpdated,metadata.labels"),
                                             credential: .cloudDemo)
            let content = try reply.object()
            #expect(content["type"] as? String == "page")
            #expect((content["space"] as? [String: Any])?["key"] as? String == "ENG")
            #expect((content["space"] as? [String: Any])?["id"] as? Int == 9001)
            #expect((content["version"] as? [String: Any])?["number"] as? Int == 9)
            #expect(((content["version"] as? [String: Any])?["by"] as? [String: Any])?["accountId"] as? String == "acc-alice")
            #expect((content["ancestors"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["100", "102"])
            let body = content["body"] as? [String: Any]
            #expect(((body?["storage"] as? [String: Any])?["value"] as? String)?.contains("<ri:page") == true)
            let view = (body?["view"] as? [String: Any])?["value"] as? String
            #expect(view?.contains("<table>") == true)
            #expect(view?.contains("Deploy runbook") == true)
            #expect((body?["export_view"] as? [String: Any])?["representation"] as? String == "export_view")
            let labels = ((content["metadata"] as? [String: Any])?["labels"] as? [String: Any])?["results"] as? [[String: Any]]
            #expect(labels?.compactMap { $0["name"] as? String } == ["runbook", "database"])
            let history = content["history"] as? [String: Any]
            #expect((history?["createdBy"] as? [String: Any])?["displayName"] as? String == "Chen Wei")
            #expect(history?["lastUpdated"] != nil)
        }
    }

    @Test func childrenAttachmentsLabelsRestrictionsAndSpaces() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let children = try await pager.collect(server, "/wiki/rest/api/content/100/child/page?limit=1")
            #expect(children.results.compactMap { $0["id"] as? String } == ["102", "104", "106"])
            #expect(children.pages == 3)
            let folders = try await pager.collect(server, "/wiki/rest/api/content/100/child/folder?start=0")
            #expect(folders.results.compactMap { $0["id"] as? String } == ["150"])
            let noFolders = try await pager.collect(server, "/wiki/rest/api/content/102/child/folder?start=0")
            #expect(noFolders.results.isEmpty && noFolders.pages == 1)
            let attachments = try await pager.collect(server, "/wiki/rest/api/content/102/child/attachment")
            #expect(attachments.results.compactMap { $0["id"] as? String } == ["att1021", "att1022"])
            #expect(attachments.results.allSatisfy { $0["type"] as? String == "attachment" })
            let labels = try await probe.send(server.url("/wiki/rest/api/content/102/label"), credential: .cloudDemo).object()
            #expect((labels["results"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["runbook", "ops"])
            #expect(labels["limit"] as? Int == 200)
            let restrictions = try await probe.send(server.url("/wiki/rest/api/content/102/restriction/byOperation"), credential: .cloudDemo).object()
            #expect((restrictions["read"] as? [String: Any])?["operation"] as? String == "read")
            let spaces = try await pager.collect(server, "/wiki/rest/api/space?limit=3")
            #expect(spaces.pages == 2)
            #expect(Set(spaces.results.compactMap { $0["key"] as? String }) == ["ENG", "OPS", "~alice", "OLD"])
            let personal = try await probe.send(server.url("/wiki/rest/api/space?type=personal"), credential: .cloudDemo).object()
            #expect((personal["results"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["~alice"])
            let space = try await probe.send(server.url("/wiki/rest/api/space/OLD?expand=description.plain,homepage"), credential: .cloudDemo).object()
            #expect(space["status"] as? String == "archived")
            #expect((space["homepage"] as? [String: Any])?["id"] as? String == "400")
            let pages = try await pager.collect(server, "/wiki/rest/api/space/ENG/content/page?depth=root")
            #expect(pages.results.compactMap { $0["id"] as? String } == ["100"])
        }
    }

    @Test func badCQLAnswersTheRestErrorBody() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let reply = try await probe.send(server.url("/wiki/rest/api/search?cql=\(QueryParameters.encode("title = (oops"))"),
                                             credential: .cloudDemo)
            #expect(reply.status == 400)
            let body = try reply.object()
            #expect(body["statusCode"] as? Int == 400)
            #expect(body["message"] as? String == "Could not parse cql : title = (oops")
            #expect(body["reason"] as? String == "Bad Request")
            let data = body["data"] as? [String: Any]
            #expect(data?["valid"] as? Bool == true)
            #expect(data?["successful"] as? Bool == false)
            #expect((data?["errors"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func currentUserIsTheCallersAccount() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let cloud = try await probe.send(server.url("/wiki/rest/api/user/current"), credential: .cloudDemo).object()
            #expect(cloud["accountId"] as? String == "acc-alice")
            #expect(cloud["type"] as? String == "known")
        }
        let configuration = EmulatorConfiguration(flavor: .dataCenter, users: UserDirectory(users: [EmulatorUser(name: "svc", password: "pw")]))
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            let dc = try await probe.send(server.url("/rest/api/user/current"), credential: .basic("svc", "pw")).object()
            #expect(dc["username"] as? String == "svc")
            #expect(try await probe.send(server.url("/rest/api/user/current"), credential: .dataCenterPAT).status == 401)
        }
    }
}
