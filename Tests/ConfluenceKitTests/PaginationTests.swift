import Foundation
import Testing
@testable import ConfluenceKit

/// Paging follows next links in all three styles, never stops on a short page, and refuses to loop.
struct PaginationTests {
    static func labels(_ names: [String], next: String? = nil) -> String {
        let results = names.map { #"{"id":"\#($0)","name":"\#($0)"}"# }.joined(separator: ",")
        let links = next.map { #"{"next":"\#($0)"}"# } ?? "{}"
        return #"{"results":[\#(results)],"_links":\#(links)}"#
    }

    @Test func cloudV2FollowsTheLinkHeaderCursor() async throws {
        let first = "/wiki/api/v2/pages/1/labels?limit=100"
        let second = "/wiki/api/v2/pages/1/labels?limit=100&cursor=abc%3D"
        let harness = Fixture.harness(handler: Fixture.routes(
            [first: Self.labels(["a", "b"]), second: Self.labels(["c"])],
            headers: [first: ["Link": #"<\#(second)>; rel="next", <https://acme.atlassian.net/wiki>; rel="base""#]]
        ))
        let names = try await harness.client.labels(of: "1").collect().map(\.name)
        #expect(names == ["a", "b", "c"])
        #expect(await harness.transport.requests.map(\.target) == [first, second])
    }

    @Test func cloudV2FallsBackToLinksNextInTheBody() async throws {
        let first = "/wiki/api/v2/pages/1/labels?limit=100"
        let second = "/wiki/api/v2/pages/1/labels?limit=100&cursor=xyz"
        let harness = Fixture.harness(handler: Fixture.routes([first: Self.labels(["a"], next: second), second: Self.labels(["b"])]))
        #expect(try await harness.client.labels(of: "1").collect().map(\.name) == ["a", "b"])
    }

    @Test func searchFollowsTheCursorInLinksNextRelativeToTheContext() async throws {
        let first = "/wiki/rest/api/search?cql=type%3Dpage&limit=100&expand=content.space"
        let second = "/wiki/rest/api/search?cql=type%3Dpage&limit=100&expand=content.space&cursor=raNDoM"
        let page1 = #"{"results":[{"content":{"id":"1","type":"page","title":"A"},"title":"A"}],"totalSize":2,"_links":{"next":"/rest/api/search?cql=type%3Dpage&limit=100&expand=content.space&cursor=raNDoM","context":"/wiki"}}"#
        let page2 = #"{"results":[{"content":{"id":"2","type":"page","title":"B"},"title":"B"}],"totalSize":2,"_links":{}}"#
        let harness = Fixture.harness(handler: Fixture.routes([first: page1, second: page2]))
        #expect(try await harness.client.search(cql: "type=page").collect().map(\.title) == ["A", "B"])
        #expect(await harness.transport.requests.map(\.target) == [first, second])
    }

    @Test func dataCenterFollowsStartAndLimitAndShortPagesDoNotEndPaging() async throws {
        // The server caps limit silently at 2 although 100 was asked for: a short page is not the end.
        let base = "/confluence/rest/api/content/9/child/page"
        let page = { (ids: [String], start: Int, next: String?) in
            let results = ids.map { #"{"id":"\#($0)","type":"page","title":"P\#($0)"}"# }.joined(separator: ",")
            let links = next.map { #","next":"\#($0)""# } ?? ""
            return #"{"results":[\#(results)],"start":\#(start),"limit":2,"size":\#(ids.count),"_links":{"base":"https://dc.example.com/confluence","context":"/confluence"\#(links)}}"#
        }
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            base + "?limit=100": page(["1", "2"], 0, "/rest/api/content/9/child/page?limit=2&start=2"),
            base + "?limit=2&start=2": page(["3"], 2, "/rest/api/content/9/child/page?limit=2&start=3"),
            base + "?limit=2&start=3": page(["4", "5"], 3, nil),
        ]))
        let ids = try await harness.client.children(of: "9").collect().map(\.id)
        #expect(ids == ["1", "2", "3", "4", "5"])
        #expect(await harness.transport.requests.count == 3)
    }

    @Test func anAbsoluteNextLinkOnTheSameHostIsFollowedAsIs() async throws {
        let first = "/confluence/rest/api/content/9/label?limit=100"
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            first: Self.labels(["a"], next: "https://dc.example.com/confluence/rest/api/content/9/label?limit=100&start=1"),
            "/confluence/rest/api/content/9/label?limit=100&start=1": Self.labels(["b"]),
        ]))
        #expect(try await harness.client.labels(of: "9").collect().map(\.name) == ["a", "b"])
    }

    @Test func aRepeatedCursorStopsWithAPaginationLoopError() async throws {
        let first = "/wiki/api/v2/pages/1/labels?limit=100"
        let second = "/wiki/api/v2/pages/1/labels?limit=100&cursor=same"
        let harness = Fixture.harness(handler: Fixture.routes([
            first: Self.labels(["a"], next: second),
            second: Self.labels(["b"], next: second),
        ]))
        var seen: [String] = []
        let error = await #expect(throws: ConfluenceError.self) {
            for try await label in harness.client.labels(of: "1") { seen.append(label.name) }
        }
        #expect(seen == ["a", "b"])
        #expect(error?.kind == .paginationLoop)
        #expect(error?.description == "paging stopped on https://acme.atlassian.net (GET \(second)): the server sent a next-page link that was already fetched (\(second))")
        #expect(await harness.transport.requests.count == 2)
    }

    @Test func aServerIgnoringStartStopsInsteadOfLooping() async throws {
        // Every page claims a new start but returns the first page again.
        let harness = Fixture.harness(site: Fixture.dataCenter) { request in
            let start = Int(request.queryItems["start"] ?? "0")!
            return Fixture.json(#"{"results":[{"id":"1","name":"a"},{"id":"2","name":"b"}],"start":0,"limit":2,"size":2,"_links":{"next":"/rest/api/content/9/label?limit=2&start=\#(start + 2)"}}"#)
        }
        var seen: [String] = []
        let error = await #expect(throws: ConfluenceError.self) {
            for try await label in harness.client.labels(of: "9") { seen.append(label.name) }
        }
        #expect(seen == ["a", "b"])
        #expect(error?.kind == .paginationLoop)
        #expect(error?.description.contains("the same page twice") == true)
    }

    @Test func endlessEmptyPagesStop() async throws {
        let harness = Fixture.harness { request in
            let cursor = Int(request.queryItems["cursor"] ?? "0")!
            return Fixture.json(#"{"results":[],"_links":{"next":"/wiki/api/v2/pages/1/labels?limit=100&cursor=\#(cursor + 1)"}}"#)
        }
        do {
            _ = try await harness.client.labels(of: "1").collect()
            Issue.record("paging did not stop")
        } catch {
            // The sequence's typed Failure means `error` is a ConfluenceError here, without a cast.
            #expect(error.kind == .paginationLoop)
            #expect(error.description.contains("20 empty pages in a row"))
        }
        #expect(await harness.transport.requests.count == 20)
    }

    @Test func emptyPagesFollowedByResultsAreFollowed() async throws {
        let harness = Fixture.harness { request in
            let cursor = Int(request.queryItems["cursor"] ?? "0")!
            if cursor == 3 { return Fixture.json(Self.labels(["z"])) }
            return Fixture.json(#"{"results":[],"_links":{"next":"/wiki/api/v2/pages/1/labels?limit=100&cursor=\#(cursor + 1)"}}"#)
        }
        #expect(try await harness.client.labels(of: "1").collect().map(\.name) == ["z"])
    }

    @Test func pagesAreFetchedLazily() async throws {
        let first = "/wiki/api/v2/pages/1/labels?limit=100"
        let harness = Fixture.harness(handler: Fixture.routes([first: Self.labels(["a", "b"], next: first + "&cursor=2")]))
        let sequence = harness.client.labels(of: "1")
        #expect(await harness.transport.requests.isEmpty)
        #expect(try await sequence.collect(limit: 2).map(\.name) == ["a", "b"])
        #expect(await harness.transport.requests.count == 1)
    }

    @Test func anEmptyLastPageEndsCleanly() async throws {
        let harness = Fixture.harness(handler: Fixture.routes(["/wiki/api/v2/pages/1/labels?limit=100": #"{"results":[]}"#]))
        #expect(try await harness.client.labels(of: "1").collect().isEmpty)
    }

    @Test func v2PageSizeIsCappedAt250() async throws {
        let harness = Fixture.harness(configure: { $0.pageSize = 1000 }, handler: Fixture.routes([
            "/wiki/api/v2/pages/1/labels?limit=250": #"{"results":[]}"#,
        ]))
        _ = try await harness.client.labels(of: "1").collect()
        #expect(await harness.transport.requests.map(\.target) == ["/wiki/api/v2/pages/1/labels?limit=250"])
    }
}
