import Foundation
import Testing
@testable import ConfluenceEmulator

/// CQL evaluated over the fixture site: each query and the exact ids it must return, in order.
struct CQLEvaluationTests {
    static let table: [(String, [String])] = [
        ("label = runbook", ["102", "103", "201"]),
        ("label in (design, oncall)", ["151", "152", "202"]),
        ("label = team and space != OLD", ["100", "200"]),
        ("space = ENG and type = page", ["100", "151", "152", "102", "103", "104"]),
        ("space.key = OPS", ["200", "201", "202"]),
        ("type = folder", ["150"]),
        ("space.type = personal", ["300"]),
        ("title ~ runbook", ["102"]),
        ("title = \"deploy RUNBOOK\"", ["102"]),
        ("title ~ \"release*\"", ["104"]),
        ("text ~ replica", ["151", "103", "201"]),
        ("text ~ \"primary is unhealthy\"", ["103"]),
        ("text ~ \"検索\"", ["300"]),
        ("text ~ kangaroo", []),
        ("text !~ the and space = OPS", ["200"]),
        ("ancestor = 100", ["150", "151", "152", "102", "103", "104"]),
        ("ancestor in (150, 102)", ["151", "152", "103"]),
        ("parent = 100", ["150", "102", "104"]),
        ("id in (103, 201, 999)", ["103", "201"]),
        ("content = 202", ["202"]),
        ("creator = chen", ["151", "152", "103"]),
        ("creator = \"acc-bob\" and space = ENG", ["102"]),
        ("contributor = alice", ["100", "150", "103", "104", "202", "300"]),
        ("created >= \"2024-01-01\"", ["104", "201"]),
        ("created < \"2023-01-11\"", ["100"]),
        ("created = \"2023-02-02\"", ["151"]),
        ("lastmodified > now(\"-52w\")", ["103"]),
        ("created > startOfYear(\"-1y\")", ["104", "201"]),
        ("lastmodified >= \"2024/03/22 00:00\" and lastmodified < \"2024/06/01\"", ["201"]),
        ("label = runbook ORDER BY created DESC", ["201", "103", "102"]),
        ("space in (OPS, ENG) AND NOT label = team ORDER BY title",
         ["103", "102", "150", "201", "202", "152", "104", "151"]),
        ("space = ENG order by lastmodified desc, title", ["103", "100", "104", "102", "152", "151", "150"]),
        ("label = runbook OR label = design AND space = OPS", ["201"]),
        ("label = runbook OR (label = design AND space = OPS)", ["102", "103", "201"]),
        ("label != runbook and space = OPS", ["200", "202"]),
        ("label not in (team, runbook, design, notes) and type = page", ["104", "202"]),
    ]

    @Test(arguments: table)
    func queryReturnsExactly(_ cql: String, _ expected: [String]) throws {
        let site = try TestSites.fixture()
        let found = try SiteSearch(site: site, user: .demo, now: TestSites.fixedNow, source: cql).run().map { site.contents[$0].id }
        #expect(found == expected, "\(cql)")
    }

    @Test(arguments: ["space = ", "label = runbook AND", "title ~ (a", "watcher = alice", "created > \"soon\"", "text = word",
                      "label > 3", "label = x order by watcher"])
    func unsupportedOrMalformedQueriesAnswer400(_ cql: String) throws {
        let site = try TestSites.fixture()
        #expect {
            _ = try SiteSearch(site: site, user: .demo, now: TestSites.fixedNow, source: cql).run()
        } throws: { error in
            guard let error = error as? APIError else { return false }
            return error.status == 400 && error.message.hasPrefix("Could not parse cql : \(cql)")
        }
    }

    @Test func archivedSpacesOnlyWhenAskedFor() throws {
        let site = try TestSites.fixture()
        var search = SiteSearch(site: site, user: .demo, now: TestSites.fixedNow, source: "label = team")
        #expect(try search.run().map { site.contents[$0].id } == ["100", "200"])
        search.includeArchivedSpaces = true
        #expect(try search.run().map { site.contents[$0].id } == ["100", "400", "200"])
    }

    @Test func foldersArePagesForDataCenter() throws {
        let site = try TestSites.fixture()
        var search = SiteSearch(site: site, user: .demo, now: TestSites.fixedNow, source: "space = ENG and type = page")
        #expect(try search.run().map { site.contents[$0].id } == ["100", "151", "152", "102", "103", "104"])
        search.foldersArePages = true
        #expect(try search.run().map { site.contents[$0].id } == ["100", "150", "151", "152", "102", "103", "104"])
    }

    @Test func includeArchivedSpacesParameterOverHTTP() async throws {
        try await withEmulator(try TestSites.fixture()) { server in
            let probe = HTTPProbe()
            for (parameter, expected) in [("", 2), ("&includeArchivedSpaces=False", 2), ("&includeArchivedSpaces=True", 3),
                                          ("&includeArchivedSpaces=true", 3)] {
                let search = try await probe.send(server.url("/wiki/rest/api/search?cql=label%3Dteam\(parameter)"), credential: .cloudDemo).object()
                #expect(search["totalSize"] as? Int == expected, "\(parameter)")
                let content = try await probe.send(server.url("/wiki/rest/api/content/search?cql=label%3Dteam\(parameter)"),
                                                   credential: .cloudDemo).object()
                #expect((content["results"] as? [Any])?.count == expected, "\(parameter)")
            }
        }
    }

    @Test func searchOverHTTPMatchesTheEvaluator() async throws {
        let site = try TestSites.fixture()
        try await withEmulator(site) { server in
            let cql = "text ~ replica"
            let body = try await HTTPProbe().send(server.url("/wiki/rest/api/content/search?cql=\(QueryParameters.encode(cql))"),
                                                  credential: .cloudDemo).object()
            #expect((body["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["151", "103", "201"])
        }
    }

    @Test func dateOffsetsAndFunctions() {
        let now = Timestamp(year: 2025, month: 3, day: 31, hour: 12)
        #expect(CQLDateValue.apply(offset: "-4w", to: now) == Timestamp(year: 2025, month: 3, day: 3, hour: 12))
        #expect(CQLDateValue.apply(offset: "+1d", to: now) == Timestamp(year: 2025, month: 4, day: 1, hour: 12))
        #expect(CQLDateValue.apply(offset: "-1M", to: now) == Timestamp(year: 2025, month: 2, day: 28, hour: 12))
        #expect(CQLDateValue.apply(offset: "2h", to: now) == Timestamp(year: 2025, month: 3, day: 31, hour: 14))
        #expect(CQLDateValue.apply(offset: "soon", to: now) == nil)
        let week = CQLDateValue.resolve(.function(name: "startOfWeek", arguments: []), now: now)
        #expect(week?.start == Timestamp(year: 2025, month: 3, day: 30))
        let month = CQLDateValue.resolve(.function(name: "endOfMonth", arguments: []), now: now)
        #expect(month?.start == Timestamp(year: 2025, month: 3, day: 31, hour: 23, minute: 59, second: 59))
    }
}
