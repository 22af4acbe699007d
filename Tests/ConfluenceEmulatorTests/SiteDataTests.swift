import Foundation
import Testing
@testable import ConfluenceEmulator

/// Reading site directories, generating synthetic sites, and the small parsers they rely on.
struct SiteDataTests {
    @Test func fixtureLoadsWithTreeAndIndexes() throws {
        let site = try TestSites.fixture()
        #expect(site.title == "Fixture site")
        #expect(site.spaces.map(\.key) == ["ENG", "OLD", "OPS", "~alice"])
        #expect(site.pageCount == 12)
        #expect(site.content(id: "150")?.kind == .folder)
        #expect(site.body(ofContent: "150") == "")
        #expect(site.body(ofContent: "300").contains("日本語"))
        #expect(site.ancestorIndexes(of: site.contentIndexByID["152"]!).map { site.contents[$0].id } == ["100", "150", "151"])
        #expect(site.labelIDs["runbook"] != nil)
    }

    @Test func theDemoSiteLoads() throws {
        let root = try #require(TestSites.packageRoot, "cannot find Package.swift above the tests")
        let site = try Site.load(directory: root.appendingPathComponent("Assets/demo-site"))
        #expect(site.spaces.count >= 4)
        #expect(site.pageCount >= 120)
    }

    /// Data Center bodies name users by key, as a real Data Center page does; an unknown id stays as written.
    @Test func dataCenterBodiesMentionUsersByKey() throws {
        let site = try TestSites.fixture()
        let body = #"<p><ac:link><ri:user ri:account-id="acc-bob" /></ac:link> and <ri:user ri:account-id="nobody" /></p>"#
        #expect(site.withUserKeys(body) == #"<p><ac:link><ri:user ri:userkey="key-bob" /></ac:link> and <ri:user ri:account-id="nobody" /></p>"#)
        #expect(site.withUserKeys("<p>plain</p>") == "<p>plain</p>")
        #expect(site.withUserKeys(#"<ri:user ri:account-id="acc-bob"#) == #"<ri:user ri:account-id="acc-bob"#, "an unclosed value is left")
    }

    @Test func brokenSitesAreReportedWithThePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emu-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("spaces/X"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"title": "t", "users": []}"#.utf8).write(to: folder.appendingPathComponent("site.json"))
        try Data(#"{"id": "1", "key": "X", "name": "X", "type": "global", "createdAt": "yesterday", "authorId": "a"}"#.utf8)
            .write(to: folder.appendingPathComponent("spaces/X/space.json"))
        #expect {
            try Site.load(directory: folder)
        } throws: { error in
            "\(error)".contains("space.json") && "\(error)".contains("yesterday")
        }
        try Data(#"{"id": "1", "key": "X", "name": "X", "type": "global", "createdAt": "2024-01-01T00:00:00Z", "authorId": "a"}"#.utf8)
            .write(to: folder.appendingPathComponent("spaces/X/space.json"))
        try Data(#"[{"id": "5", "type": "page", "title": "p", "parentId": "77", "position": 0, "authorId": "a", "createdAt": "2024-01-01T00:00:00Z"}]"#.utf8)
            .write(to: folder.appendingPathComponent("spaces/X/pages.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("spaces/X/bodies"), withIntermediateDirectories: true)
        #expect {
            try Site.load(directory: folder)
        } throws: { error in
            "\(error)".contains("bodies/5.xml")
        }
        try Data("<p/>".utf8).write(to: folder.appendingPathComponent("spaces/X/bodies/5.xml"))
        #expect {
            try Site.load(directory: folder)
        } throws: { error in
            "\(error)".contains("unknown parent 77")
        }
        // Two pages that are each other's parent: refused at load, where every ancestor walk would never end.
        try Data(#"""
        [{"id": "5", "type": "page", "title": "p", "parentId": "6", "position": 0, "authorId": "a", "createdAt": "2024-01-01T00:00:00Z"},
         {"id": "6", "type": "page", "title": "q", "parentId": "5", "position": 0, "authorId": "a", "createdAt": "2024-01-01T00:00:00Z"}]
        """#.utf8).write(to: folder.appendingPathComponent("spaces/X/pages.json"))
        try Data("<p/>".utf8).write(to: folder.appendingPathComponent("spaces/X/bodies/6.xml"))
        #expect {
            try Site.load(directory: folder)
        } throws: { error in
            "\(error)".contains("the page tree has a cycle")
        }
        #expect(throws: SiteError.self) { try Site.load(directory: folder.appendingPathComponent("nowhere")) }
    }

    @Test func syntheticSitesAreDeterministicAndRealistic() {
        let a = Site.synthetic(pages: 3000, seed: 11)
        let b = Site.synthetic(pages: 3000, seed: 11)
        let c = Site.synthetic(pages: 3000, seed: 12)
        #expect(a.contents == b.contents)
        #expect(a.body(ofContent: a.contents[500].id) == b.body(ofContent: b.contents[500].id))
        #expect(a.contents != c.contents)
        #expect(a.pageCount == 3000 - a.contents.filter { $0.kind == .page && $0.status == .draft }.count)
        #expect(a.contents.filter { $0.kind == .page }.count == 3000)
        #expect(a.contents.contains { $0.kind == .folder })
        let depths = a.contents.indices.map { a.ancestorIndexes(of: $0).count }
        #expect(depths.max()! >= 5 && depths.max()! <= 9)
        #expect(Set(a.contents.flatMap(\.labels)).count >= 20)
        let sizes = (0..<200).map { a.body(ofContent: a.contents[$0].id).utf8.count }.filter { $0 > 0 }
        #expect(sizes.min()! < 2000 && sizes.max()! > 6000)
        let single = Site.synthetic(SyntheticOptions(pages: 500, seed: 1, spaces: 1))
        #expect(single.spaces.count == 1)
        #expect(single.treeOrder[0].count == single.contents.count)
    }

    @Test func timestampsParseAndPrint() {
        #expect(Timestamp(parsing: "2024-05-02T16:11:00Z")?.iso8601 == "2024-05-02T16:11:00.000Z")
        #expect(Timestamp(parsing: "2024-05-02T16:11:00.123Z")?.iso8601 == "2024-05-02T16:11:00.000Z")
        #expect(Timestamp(parsing: "2024-05-02T18:11:00+02:00")?.iso8601 == "2024-05-02T16:11:00.000Z")
        #expect(Timestamp(parsing: "2024-05-02T14:11:00-0200")?.iso8601 == "2024-05-02T16:11:00.000Z")
        #expect(Timestamp(parsing: "2024/05/02 16:11")?.iso8601 == "2024-05-02T16:11:00.000Z")
        #expect(Timestamp(parsing: "1969-12-31T23:59:59Z")?.secondsSince1970 == -1)
        #expect(Timestamp(parsing: "1969-12-31T23:59:59Z")?.iso8601 == "1969-12-31T23:59:59.000Z")
        for bad in ["", "2024", "2024-13-01", "2024-05-02T25:00:00Z", "2024-05-02Tnoon", "2024-05-02T16:11:00Zjunk"] {
            #expect(Timestamp(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func storageRendersAsTextAndHTML() {
        let storage = """
        <h1>Title &amp; more</h1><ac:structured-macro ac:name="code"><ac:parameter ac:name="language">swift</ac:parameter>\
        <ac:plain-text-body><![CDATA[let x = 1 < 2]]></ac:plain-text-body></ac:structured-macro>\
        <p>See <ac:link><ri:page ri:content-title="Other page" /></ac:link> <ac:emoticon ac:name="smile" ac:emoji-fallback="🙂" /></p>\
        <ac:adf-extension><ac:adf-node type="panel"><ac:adf-content><p>Real</p></ac:adf-content></ac:adf-node>\
        <ac:adf-fallback><p>Fallback</p></ac:adf-fallback></ac:adf-extension>\
        <ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter>\
        <ac:parameter ac:name="title">DONE</ac:parameter></ac:structured-macro><p>unclosed <b
        """
        let text = StorageRendering.plainText(storage)
        #expect(text.contains("Title & more"))
        #expect(text.contains("let x = 1 < 2"))
        #expect(!text.contains("swift"))
        #expect(text.contains("Real"))
        #expect(!text.contains("Fallback"))
        let html = StorageRendering.html(storage)
        #expect(html.contains("<pre class=\"code\">let x = 1 &lt; 2</pre>"))
        #expect(html.contains("Other page"))
        #expect(html.contains("🙂"))
        #expect(!html.contains("ac:"))
        #expect(!html.contains("Fallback"))
        #expect(html.contains("<span class=\"status-lozenge\">DONE</span>"))
        #expect(!html.contains("Green"))
    }

    @Test func queryParametersDecodeAndEncode() throws {
        let query = QueryParameters(raw: "cql=label%20%3D%20a+b&limit=5&expand=body.storage,version&bad=%zz&flag")
        #expect(query["cql"] == "label = a b")
        #expect(try query.integer("limit") == 5)
        #expect(query.list("expand") == ["body.storage", "version"])
        #expect(query["bad"] == "%zz")
        #expect(query["flag"] == "")
        #expect(QueryParameters(raw: query.encoded)["cql"] == "label = a b")
        #expect(throws: APIError.self) { _ = try QueryParameters(raw: "limit=-3").integer("limit") }
    }

    @Test func cursorsRoundTripAndRejectForgeries() throws {
        for offset in [0, 1, 25, 999_999] {
            #expect(try SiteAPI.offset(cursor: SiteAPI.cursor(offset: offset)) == offset)
        }
        #expect(throws: APIError.self) { _ = try SiteAPI.offset(cursor: "!!") }
        #expect(throws: APIError.self) { _ = try SiteAPI.offset(cursor: SiteAPI.base64URL(Array("x:1".utf8))) }
    }
}
