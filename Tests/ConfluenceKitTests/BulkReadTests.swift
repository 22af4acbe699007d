import Foundation
import Testing
@testable import ConfluenceKit

/// The bulk reads of an ingestion send exactly the expected requests and follow the server's paging.
struct BulkReadTests {
    static let spaceJSON = #"{"id":"98305","key":"ENG","name":"Engineering","type":"global","status":"archived"}"#

    static func v2Page(_ id: String) -> String {
        #"{"id":"\#(id)","status":"current","title":"Page \#(id)","spaceId":"98305","version":{"number":1},"body":{"storage":{"representation":"storage","value":"<p>\#(id)</p>"}}}"#
    }

    static func v1Page(_ id: String, ancestors: String = "[]") -> String {
        #"{"id":"\#(id)","type":"page","status":"current","title":"Page \#(id)","space":{"id":98305,"key":"ENG","name":"Engineering"},"ancestors":\#(ancestors),"version":{"number":2},"body":{"storage":{"value":"<p>\#(id)</p>","representation":"storage"}},"_links":{"webui":"/x/\#(id)"}}"#
    }

    @Test func cloudSpacePagesUseV2WithStorageBodiesAndFollowTheLinkHeader() async throws {
        let first = "/wiki/api/v2/spaces/98305/pages?body-format=storage&status=current&limit=250"
        let second = "/wiki/api/v2/spaces/98305/pages?body-format=storage&status=current&limit=250&cursor=b2oyNTA"
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/spaces?keys=ENG&limit=1": #"{"results":[\#(Self.spaceJSON)]}"#,
            first: #"{"results":[\#(Self.v2Page("1")),\#(Self.v2Page("2"))],"_links":{"next":"\#(second)"}}"#,
            second: #"{"results":[\#(Self.v2Page("3"))],"_links":{}}"#,
        ], headers: [first: ["Link": "<\(second)>; rel=\"next\""]]))
        let pages = try await harness.client.pagesWithBodies(inSpace: "ENG").collect()
        #expect(pages.map(\.id) == ["1", "2", "3"])
        #expect(pages.map(\.storageBody) == ["<p>1</p>", "<p>2</p>", "<p>3</p>"])
        #expect(pages.allSatisfy { $0.space?.key == "ENG" })
        #expect(await harness.transport.requests.map(\.target) == ["/wiki/api/v2/spaces?keys=ENG&limit=1", first, second])
    }

    @Test func dataCenterSpacePagesUseContentListingWithExpansionsAndNextLinks() async throws {
        let first = "/confluence/rest/api/content?spaceKey=ENG&type=page&status=current&expand=body.storage%2Cversion%2Cspace%2Cancestors&limit=250"
        let next = "/rest/api/content?spaceKey=ENG&type=page&status=current&expand=body.storage,version,space,ancestors&limit=50&start=50"
        let ancestors = #"[{"id":"10","type":"page","title":"Home"}]"#
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: { request in
            switch request.target {
            case first:
                return Fixture.json(#"{"results":[\#(Self.v1Page("11", ancestors: ancestors))],"start":0,"limit":50,"size":1,"_links":{"next":"\#(next)"}}"#)
            case "/confluence" + next:
                return Fixture.json(#"{"results":[\#(Self.v1Page("12"))],"start":50,"limit":50,"size":1,"_links":{}}"#)
            default:
                return Fixture.json(#"{"message":"no route for \#(request.target)"}"#, status: 404)
            }
        })
        let pages = try await harness.client.pagesWithBodies(inSpace: "ENG").collect()
        #expect(pages.map(\.id) == ["11", "12"])
        #expect(pages[0].ancestors == [ContentReference(id: "10", kind: .page, title: "Home")])
        #expect(pages[0].space?.key == "ENG")
        #expect(pages[1].storageBody == "<p>12</p>")
        #expect(await harness.transport.requests.map(\.target) == [first, "/confluence" + next])
        #expect(await harness.transport.requests.first?.headers["Authorization"] == Fixture.dcAuthorization)
    }

    @Test func aSpaceWindowReportsTheServersPageSizeAndWhetherMoreFollow() async throws {
        let target = "/confluence/rest/api/content?spaceKey=ENG&type=page&status=current&expand=body.storage%2Cversion%2Cspace%2Cancestors&start=100&limit=250"
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            target: #"{"results":[\#(Self.v1Page("11")),\#(Self.v1Page("12"))],"start":100,"limit":50,"size":2,"_links":{"next":"/rest/api/content?start=150"}}"#,
        ]))
        let window = try await harness.client.spacePageWindow(key: "ENG", expand: ConfluenceClient.bodyExpansion, start: 100, limit: 250)
        #expect(window.pages.map(\.id) == ["11", "12"])
        #expect(window.start == 100)
        #expect(window.limit == 50)
        #expect(window.hasMore)
        #expect(await harness.transport.requests.map(\.target) == [target])
    }

    @Test func contentSearchSendsCQLExpansionsArchivedFlagAndFollowsTheCursor() async throws {
        let first = "/wiki/rest/api/content/search?cql=type%3D%22page%22%20AND%20label%3D%22x%22&expand=body.storage%2Cversion%2Cspace%2Cancestors&includeArchivedSpaces=true&limit=250"
        let next = "/rest/api/content/search?cql=type%3D%22page%22+AND+label%3D%22x%22&expand=body.storage%2Cversion%2Cspace%2Cancestors&includeArchivedSpaces=true&next=true&cursor=b2ox&limit=100&start=1"
        let harness = Fixture.harness(handler: { request in
            switch request.target {
            case first: Fixture.json(#"{"results":[\#(Self.v1Page("1"))],"_links":{"next":"\#(next)"}}"#)
            case "/wiki" + next: Fixture.json(#"{"results":[\#(Self.v1Page("2"))],"_links":{}}"#)
            default: Fixture.json(#"{"message":"no route"}"#, status: 404)
            }
        })
        let pages = try await harness.client.contentSearch(cql: #"type="page" AND label="x""#, expand: ConfluenceClient.bodyExpansion,
                                                            includeArchivedSpaces: true, limit: ConfluenceClient.bulkLimit).collect()
        #expect(pages.map(\.id) == ["1", "2"])
        #expect(await harness.transport.requests.map(\.target) == [first, "/wiki" + next])
    }

    @Test func contentSearchLeavesTheArchivedFlagOutByDefault() async throws {
        let target = "/confluence/rest/api/content/search?cql=space%3DENG&expand=space%2Cancestors&limit=50"
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([target: #"{"results":[],"_links":{}}"#]))
        let pages = try await harness.client.contentSearch(cql: "space=ENG", expand: ConfluenceClient.outlineExpansion, limit: 50).collect()
        #expect(pages.isEmpty)
        #expect(await harness.transport.requests.map(\.target) == [target])
    }

    @Test func countAsksForNoResultsAndOptionallyArchivedSpaces() async throws {
        let withArchived = "/wiki/rest/api/search?cql=space%3D%22ENG%22&limit=0&includeArchivedSpaces=true"
        let without = "/wiki/rest/api/search?cql=space%3D%22ENG%22&limit=0"
        let harness = Fixture.harness(handler: Fixture.routes([
            withArchived: #"{"results":[],"totalSize":12}"#,
            without: #"{"results":[],"totalSize":9}"#,
        ]))
        #expect(try await harness.client.count(cql: #"space="ENG""#, includeArchivedSpaces: true) == 12)
        #expect(try await harness.client.count(cql: #"space="ENG""#) == 9)
        #expect(await harness.transport.requests.map(\.target) == [withArchived, without])
    }

    @Test func contentByIdUsesV1OnCloudWithTheExpansionsGiven() async throws {
        let target = "/wiki/rest/api/content/42?expand=body.storage%2Cversion%2Cspace%2Cancestors"
        let harness = Fixture.harness(handler: Fixture.routes([target: Self.v1Page("42")]))
        let page = try await harness.client.content(id: "42", expand: ConfluenceClient.bodyExpansion)
        #expect(page.id == "42")
        #expect(page.storageBody == "<p>42</p>")
        #expect(page.webPath == "/x/42")
        #expect(await harness.transport.requests.map(\.target) == [target])
    }

    @Test func contentsByIdStayWithinTheLimitAndReportEachFailure() async throws {
        let gauge = ConcurrencyLimitTests.Gauge()
        let harness = Fixture.harness(configure: { $0.maxConcurrentRequests = 3; $0.retry = .none }) { request in
            await gauge.enter()
            for _ in 0..<20 { await Task.yield() }
            await gauge.leave()
            let id = request.url.lastPathComponent
            if id == "7" { return Fixture.json(#"{"message":"No content found with id 7"}"#, status: 404) }
            return Fixture.json(Self.v1Page(id))
        }
        var outcomes: [String: Result<Page, ConfluenceError>] = [:]
        for await lookup in harness.client.contents(ids: (1...20).map(String.init), expand: "space") {
            outcomes[lookup.id] = lookup.result
        }
        #expect(outcomes.count == 20)
        #expect(await gauge.peak <= 3)
        #expect(await gauge.peak >= 2)
        guard case .failure(let error) = outcomes["7"] else {
            Issue.record("page 7 should have failed")
            return
        }
        #expect(error.kind == .notFound)
        #expect(error.serverMessage == "No content found with id 7")
        #expect(await harness.transport.requests.map(\.target).contains("/wiki/rest/api/content/7?expand=space"))
    }

    @Test func stoppingTheIterationEarlyCancelsTheRest() async throws {
        let harness = Fixture.harness(configure: { $0.maxConcurrentRequests = 2 }) { request in
            Fixture.json(Self.v1Page(request.url.lastPathComponent))
        }
        var seen = 0
        for await _ in harness.client.contents(ids: (1...200).map(String.init), expand: "") {
            seen += 1
            if seen == 3 { break }
        }
        // Once the count stops moving, only what was already in flight may have gone out: the three read,
        // the two the limit let run beside them, and one the iterator may have started. Uncancelled, the
        // sequence would keep sending to the 200th.
        var sent = await harness.transport.requests.count
        for _ in 0..<50 {
            try await Task.sleep(for: .milliseconds(100))
            let now = await harness.transport.requests.count
            if now == sent { break }
            sent = now
        }
        #expect(sent <= 3 + 2 + 1)
    }
}
