import Foundation
import Testing
@testable import ConfluenceEmulator

/// Data Center REST over loopback HTTP, with a context path.
struct DataCenterTests {
    let probe = HTTPProbe()
    let pager = RestPager(credential: .dataCenterPAT)
    let configuration = EmulatorConfiguration(flavor: .dataCenter, contextPath: "confluence", now: { TestSites.fixedNow })

    @Test func contextPathIsPartOfBaseAndLinks() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            #expect(server.baseURL.absoluteString.hasSuffix("/confluence"))
            #expect(server.siteURL == server.baseURL)
            let (results, pages, bodies) = try await pager.collect(server, "/rest/api/space?limit=2")
            #expect(pages == 2)
            #expect(results.count == 4)
            let links = bodies[0]["_links"] as? [String: Any]
            #expect(links?["context"] as? String == "/confluence")
            #expect(links?["base"] as? String == server.baseURL.absoluteString)
            let outside = try await probe.send("http://127.0.0.1:\(server.port)/rest/api/space", credential: .dataCenterPAT)
            #expect(outside.status == 404)
        }
    }

    @Test func spaceContentPagesWithStartAndLimitAcrossThreePages() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            let (results, pages, _) = try await pager.collect(server, "/rest/api/space/ENG/content/page?limit=3&expand=body.storage,version")
            #expect(pages == 3)
            // Data Center has no folders: the folder shows as a page.
            #expect(results.compactMap { $0["id"] as? String } == ["100", "150", "151", "152", "102", "103", "104"])
            #expect(results.allSatisfy { $0["type"] as? String == "page" })
            let version = (results[0]["version"] as? [String: Any])?["by"] as? [String: Any]
            #expect(version?["username"] as? String == "bob")
            #expect(version?["accountId"] == nil)
        }
    }

    @Test func scanPagesWithCursorsInIDOrder() async throws {
        let site = Site.synthetic(SyntheticOptions(pages: 130, seed: 3, spaces: 2))
        try await withEmulator(site, configuration) { server in
            let key = site.spaces[0].key
            let (results, pages, bodies) = try await pager.collect(server, "/rest/api/content/scan?spaceKey=\(key)&limit=25")
            let expected = site.treeOrder[0].filter { site.contents[$0].status == .current }.map { site.contents[$0].id }
            #expect(pages == (expected.count + 24) / 25)
            #expect(pages >= 3)
            let ids = results.compactMap { $0["id"] as? String }
            #expect(ids == expected.sorted { Site.idPrecedes($0, $1) })
            #expect(bodies[0]["nextCursor"] as? String == "cursortype:false:\(ids[24])")
            #expect(bodies.last?["nextCursor"] == nil)
            #expect(bodies[1]["prevCursor"] as? String != nil)
            // A cursor at the last id, or past it, gives an empty page (it once trapped the server).
            for last in [ids[ids.count - 1], "999999999"] {
                let reply = try await probe.send(server.url("/rest/api/content/scan?spaceKey=\(key)&limit=25&cursor=cursortype:false:\(last)"),
                                                 credential: .dataCenterPAT)
                #expect(reply.status == 200)
                let body = try reply.object()
                #expect((body["results"] as? [Any])?.isEmpty == true)
                #expect(body["prevCursor"] as? String == "cursortype:true:\(ids[ids.count - 1])")
            }
        }
    }

    @Test func contentSearchAppliesTheDataCenterLimitCaps() async throws {
        let site = Site.synthetic(SyntheticOptions(pages: 1100, seed: 5, spaces: 1, medianBodyBytes: 300))
        try await withEmulator(site, configuration) { server in
            let cql = QueryParameters.encode("type = page")
            for (expand, cap) in [("", 1000), ("&expand=body.storage", 50), ("&expand=version", 200)] {
                let reply = try await probe.send(server.url("/rest/api/content/search?cql=\(cql)&limit=5000\(expand)"),
                                                 credential: .dataCenterPAT)
                let body = try reply.object()
                #expect(body["limit"] as? Int == cap)
                #expect((body["results"] as? [Any])?.count == cap)
                let next = (body["_links"] as? [String: Any])?["next"] as? String
                #expect(next?.contains("start=\(cap)") == true)
            }
        }
    }

    @Test func searchPagesWithStartOnDataCenter() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            let cql = QueryParameters.encode("label in (runbook, team) order by created desc")
            let (results, pages, bodies) = try await pager.collect(server, "/rest/api/search?cql=\(cql)&limit=2")
            #expect(pages == 3)
            #expect(results.count == 5)   // 400 is in the archived space OLD, left out by default
            #expect(bodies.allSatisfy { $0["totalSize"] as? Int == 5 })
            #expect(bodies.map { $0["start"] as? Int } == [0, 2, 4])
        }
    }

    @Test func basicAndBearerCredentials() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            #expect(try await probe.send(server.url("/rest/api/space"), credential: .dataCenterBasic).status == 200)
            #expect(try await probe.send(server.url("/rest/api/space"), credential: .dataCenterPAT).status == 200)
            let wrongPassword = try await probe.send(server.url("/rest/api/space"), credential: .basic("demo", "nope"))
            #expect(wrongPassword.status == 401)
            #expect(wrongPassword.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(wrongPassword.text.contains("<html"))
            let wrongToken = try await probe.send(server.url("/rest/api/space"), credential: .bearer("nope"))
            #expect(wrongToken.status == 401)
            #expect(try wrongToken.object()["statusCode"] as? Int == 401)
            // Cloud's credential is not a Data Center one.
            #expect(try await probe.send(server.url("/rest/api/space"), credential: .cloudDemo).status == 401)
            // Data Center has no v2 and no scan-less Cloud prefix.
            #expect(try await probe.send(server.url("/wiki/api/v2/spaces"), credential: .dataCenterPAT).status == 404)
        }
    }

    @Test func foldersAreConsistentPagesOnDataCenter() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            let folder = try await probe.send(server.url("/rest/api/content/150?expand=body.storage,body.export_view"),
                                              credential: .dataCenterPAT).object()
            #expect(folder["type"] as? String == "page")
            let body = folder["body"] as? [String: Any]
            #expect((body?["storage"] as? [String: Any])?["value"] as? String == "")
            #expect((body?["export_view"] as? [String: Any])?["value"] as? String == "")
            let cql = QueryParameters.encode("type = page and space = ENG")
            let found = try await pager.collect(server, "/rest/api/content/search?cql=\(cql)&expand=body.storage")
            #expect(found.results.contains { $0["id"] as? String == "150" })
            #expect(found.results.allSatisfy { (($0["body"] as? [String: Any])?["storage"] as? [String: Any])?["value"] is String })
        }
    }

    @Test func repeatingCursorRepeatsStartLimitListings() async throws {
        try await withEmulator(try TestSites.fixture(), configuration) { server in
            await server.faults.add(FaultRule(.repeatingCursor, path: "/rest/api/space"))
            let first = try await probe.send(server.url("/rest/api/space?limit=1"), credential: .dataCenterPAT).object()
            #expect((first["_links"] as? [String: Any])?["next"] as? String == "/rest/api/space?limit=1&start=0")
            let search = try await probe.send(server.url("/rest/api/search?cql=type%3Dpage&limit=1"), credential: .dataCenterPAT).object()
            #expect(((search["_links"] as? [String: Any])?["next"] as? String)?.contains("start=1") == true)
        }
    }
}
