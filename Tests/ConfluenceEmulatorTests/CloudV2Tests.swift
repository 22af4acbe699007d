import Foundation
import Testing
@testable import ConfluenceEmulator

/// Cloud REST v2 endpoints over real loopback HTTP.
struct CloudV2Tests {
    let probe = HTTPProbe()

    /// Follows v2 `Link` headers from `path`, checking `_links.next` matches; returns every result and the page count.
    func collect(_ server: EmulatorServer, _ path: String) async throws -> (results: [[String: Any]], pages: Int) {
        var next: String? = path
        var results: [[String: Any]] = []
        var pages = 0
        while let current = next, pages < 100 {
            let reply = try await probe.send(server.url(current), credential: .cloudDemo)
            #expect(reply.status == 200, "\(current): \(reply.text)")
            let body = try reply.object()
            results += body["results"] as? [[String: Any]] ?? []
            let links = body["_links"] as? [String: Any]
            let bodyNext = links?["next"] as? String
            #expect(links?["base"] as? String == server.siteURL.absoluteString)
            if let link = reply.header("Link") {
                let target = link.split(separator: ">").first.map { String($0.dropFirst()) }
                #expect(target == bodyNext)
                #expect(link.contains("rel=\"next\""))
            } else {
                #expect(bodyNext == nil)
            }
            next = bodyNext
            pages += 1
        }
        return (results, pages)
    }

    @Test func spacesPageThroughCursorLinks() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let (results, pages) = try await collect(server, "/wiki/api/v2/spaces?limit=1")
            #expect(pages == 4)
            #expect(results.compactMap { $0["key"] as? String } == ["ENG", "OPS", "~alice", "OLD"])
            #expect(results.allSatisfy { $0["id"] is String })
        }
    }

    @Test func spacePagesPageAcrossManyPagesOfASyntheticSpace() async throws {
        let site = Site.synthetic(SyntheticOptions(pages: 120, seed: 7, spaces: 1))
        try await withEmulator(site) { server in
            let spaceID = site.spaces[0].id
            let (results, pages) = try await collect(server, "/wiki/api/v2/spaces/\(spaceID)/pages?limit=50&body-format=storage")
            #expect(pages == 3)
            let ids = results.compactMap { $0["id"] as? String }
            #expect(ids.count == site.contents.filter { $0.kind == .page }.count)
            #expect(Set(ids).count == ids.count)
            let body = (results.first?["body"] as? [String: Any])?["storage"] as? [String: Any]
            #expect(body?["representation"] as? String == "storage")
            #expect((body?["value"] as? String)?.isEmpty == false)
        }
    }

    @Test func spacePagesRootDepthListsOnlyRoots() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let all = try await collect(server, "/wiki/api/v2/spaces/9001/pages")
            let roots = try await collect(server, "/wiki/api/v2/spaces/9001/pages?depth=root")
            #expect(Set(all.results.compactMap { $0["id"] as? String }) == ["100", "102", "103", "104", "106", "151", "152"])
            #expect(roots.results.compactMap { $0["id"] as? String } == ["100"])
            let archivedOnly = try await collect(server, "/wiki/api/v2/spaces/9001/pages?status=archived")
            #expect(archivedOnly.results.compactMap { $0["id"] as? String } == ["106"])
        }
    }

    @Test func pageByIDCarriesBodyVersionAndLabels() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let reply = try await probe.send(server.url("/wiki/api/v2/pages/102?body-format=storage&include-labels=true"),
                                             credential: .cloudDemo)
            let page = try reply.object()
            #expect(page["id"] as? String == "102")
            #expect(page["parentId"] as? String == "100")
            #expect(page["parentType"] as? String == "page")
            #expect(page["spaceId"] as? String == "9001")
            #expect((page["version"] as? [String: Any])?["number"] as? Int == 3)
            let storage = (page["body"] as? [String: Any])?["storage"] as? [String: Any]
            #expect((storage?["value"] as? String)?.contains("deploy --canary") == true)
            let labels = ((page["labels"] as? [String: Any])?["results"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(labels == ["runbook", "ops"])
            let view = try await probe.send(server.url("/wiki/api/v2/pages/102?body-format=view"), credential: .cloudDemo).object()
            let html = ((view["body"] as? [String: Any])?["view"] as? [String: Any])?["value"] as? String
            #expect(html?.contains("<pre class=\"code\">deploy --canary") == true)
            #expect(html?.contains("ac:") == false)
        }
    }

    @Test func hierarchyEndpoints() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let direct = try await collect(server, "/wiki/api/v2/pages/100/direct-children")
            #expect(direct.results.compactMap { $0["id"] as? String } == ["150", "102", "104", "106"])
            #expect(direct.results.first?["type"] as? String == "folder")
            let children = try await collect(server, "/wiki/api/v2/pages/100/children")
            #expect(children.results.compactMap { $0["id"] as? String } == ["102", "104", "106"])
            let ancestors = try await probe.send(server.url("/wiki/api/v2/pages/152/ancestors"), credential: .cloudDemo).object()
            let chain = (ancestors["results"] as? [[String: Any]])?.map { "\($0["type"]!):\($0["id"]!)" }
            #expect(chain == ["page:100", "folder:150", "page:151"])
            let shallow = try await collect(server, "/wiki/api/v2/pages/100/descendants?depth=1")
            #expect(shallow.results.count == 4)
            let deep = try await collect(server, "/wiki/api/v2/pages/100/descendants?depth=5&limit=2")
            #expect(deep.pages == 4)
            #expect(deep.results.compactMap { $0["id"] as? String } == ["150", "151", "152", "102", "103", "104", "106"])
            #expect(deep.results.first { $0["id"] as? String == "152" }?["depth"] as? Int == 3)
            let folder = try await probe.send(server.url("/wiki/api/v2/folders/150"), credential: .cloudDemo).object()
            #expect(folder["type"] as? String == "folder")
            #expect(folder["title"] as? String == "Design docs")
            let folderChildren = try await collect(server, "/wiki/api/v2/folders/150/direct-children")
            #expect(folderChildren.results.compactMap { $0["id"] as? String } == ["151"])
        }
    }

    @Test func labelsAndAttachments() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let labels = try await collect(server, "/wiki/api/v2/pages/103/labels")
            #expect(labels.results.compactMap { $0["name"] as? String } == ["runbook", "database"])
            #expect(labels.results.allSatisfy { $0["prefix"] as? String == "global" && $0["id"] is String })
            let attachments = try await collect(server, "/wiki/api/v2/pages/102/attachments?limit=1")
            #expect(attachments.pages == 2)
            #expect(attachments.results.compactMap { $0["title"] as? String } == ["pipeline.png", "rollback.pdf"])
            #expect(attachments.results.first?["fileSize"] as? Int == 48211)
        }
    }

    @Test func missingDraftAndWrongKindAnswerV2NotFound() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            for path in ["/wiki/api/v2/pages/999", "/wiki/api/v2/pages/105", "/wiki/api/v2/pages/150", "/wiki/api/v2/folders/100",
                         "/wiki/api/v2/spaces/1"] {
                let reply = try await probe.send(server.url(path), credential: .cloudDemo)
                #expect(reply.status == 404, "\(path)")
                let error = (try reply.object()["errors"] as? [[String: Any]])?.first
                #expect(error?["status"] as? Int == 404)
                #expect(error?["code"] as? String == "NOT_FOUND")
                #expect(error?["title"] as? String == "Not Found")
                #expect(error?.keys.contains("detail") == true)
            }
        }
    }

    @Test func tenantInfoNeedsNoCredential() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let reply = try await probe.send(server.url("/_edge/tenant_info"), credential: .none)
            #expect(reply.status == 200)
            #expect(try reply.object()["cloudId"] as? String == server.configuration.cloudId)
        }
    }
}
