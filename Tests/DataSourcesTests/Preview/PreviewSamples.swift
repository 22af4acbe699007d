import ConfluenceKit
import Foundation

/// Sample sites for the preview tests.
enum PreviewSamples {
    /// The query the `cql` selector tests use; the fake reads it as "the current pages of ENG".
    static let engCQL = #"space = ENG AND title ~ "Page""#

    /// Space ENG: 7 current pages (page 2 nested under page 1), 1 archived page; space OLD (archived) with 2 pages
    /// labelled `howto` like ENG's pages 1 and 2.
    static func pages() -> [FakeConfluence.Page] {
        var pages: [FakeConfluence.Page] = (1...7).map { index in
            FakeConfluence.Page(id: "10\(index)", title: "Page \(index)", space: "ENG", labels: index <= 2 ? ["howto"] : [],
                                body: "<p>" + String(repeating: "word ", count: index * 10) + "</p>")
        }
        pages[1].ancestors = [(id: "101", title: "Page 1")]
        pages.append(FakeConfluence.Page(id: "199", title: "Old plan", space: "ENG", status: "archived", body: "<p>old</p>"))
        pages.append(FakeConfluence.Page(id: "201", title: "Legacy A", space: "OLD", labels: ["howto"], body: "<p>legacy</p>"))
        pages.append(FakeConfluence.Page(id: "202", title: "Legacy B", space: "OLD", labels: ["howto"], body: "<p>legacy b</p>"))
        return pages
    }

    /// The sample site in one kind, with optional faults answered first.
    static func site(_ kind: Site.Kind, v1Cap: Int = 2,
                     override: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse? = { _ in nil }) -> FakeConfluence {
        FakeConfluence(kind: kind, pages: pages(), archivedSpaces: ["OLD"], v1Cap: v1Cap,
                       queries: [engCQL: { $0.space == "ENG" }], override: override)
    }
}
