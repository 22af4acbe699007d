import BrowserApp
import ConfluenceEmulator
import ConfluenceKit
import Testing

/// A page's breadcrumb names its ancestors on both flavours, though Cloud v2 lists ancestors by id only.
struct AncestorTitleTests {
    @Test("ancestors arrive with titles, looked up once on Cloud", arguments: Flavor.allCases)
    func ancestorsHaveTitles(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let backend = ConfluenceBackend(client: emulated.client)
            let page = try await backend.page(id: "65636")
            #expect(page.ancestors.map(\.title) == ["Engineering Home", "Platform Engineering", "Fleet Control Service"])
            await emulated.server.requestLog.clear()
            _ = try await backend.page(id: "65636")
            let lookups = await emulated.server.requestLog.records.filter { $0.path.hasSuffix("/api/v2/pages") || $0.path.contains("/folders/") }
            #expect(lookups.isEmpty, "titles seen once are not asked for again")
        }
    }
}
