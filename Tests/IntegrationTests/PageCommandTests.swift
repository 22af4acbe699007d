import ConfluenceEmulator
import Foundation
import Testing
import TestSupport

/// `confluence-tui page` against the emulator: a `children` macro names the page's children (as deep as it asks),
/// listed only for a body that has one, and a listing that fails leaves the marker bare with a warning instead of failing the command.
struct PageCommandTests {
    /// Development environment (ENG): its `children` macro lists macOS setup and Linux setup.
    private static let parent = "65919"
    /// macOS setup (ENG): a page without a `children` macro.
    private static let leaf = "65924"

    @Test(arguments: [Flavor.cloud, .dataCenter])
    func theChildrenMacroNamesThePageChildren(_ flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let markdown = try await Self.page(Self.parent, "markdown", on: emulated)
            #expect(markdown.status == 0)
            #expect(markdown.output.contains("\\[children\\]\n- macOS setup\n- Linux setup\n"))
            #expect(markdown.errors.isEmpty)
            let plain = try await Self.page(Self.parent, "plain", on: emulated)
            #expect(plain.output.contains("[children: macOS setup, Linux setup]\n"))
        }
    }

    @Test(arguments: [Flavor.cloud, .dataCenter])
    func aDepthOfTwoListsTheGrandchildrenToo(_ flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            // Release Notes (ENG): its `children` macro has depth 2.
            let plain = try await Self.page("65852", "plain", on: emulated)
            #expect(plain.output.contains("[children: FleetOS 3.x (2023) (FleetOS 3.8 release notes, FleetOS 3.9 release notes), FleetOS 4.x (2024) ("))
            let markdown = try await Self.page("65852", "markdown", on: emulated)
            #expect(markdown.output.contains("\\[children\\]\n- FleetOS 3.x (2023)\n  - FleetOS 3.8 release notes\n"))
        }
    }

    @Test(arguments: [Flavor.cloud, .dataCenter])
    func sortByCreationAsksTheSiteForThatOrderAndLeavesArchivedPagesOut(_ flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            // Engineering Home (ENG): depth 2, sort=creation. Perception was created after Security though it sits third in
            // the tree, and Platform Engineering's archived child legacy-dispatch is not listed.
            let plain = try await Self.page("65601", "plain", on: emulated)
            #expect(plain.output.contains("[children: Platform Engineering (Fleet Control Service), Robot Firmware (Battery management system, "))
            #expect(plain.output.contains(", Security (Vulnerability disclosure process, Threat model: robot-to-cloud link, Secrets management), Perception ("))
            #expect(!plain.output.contains("legacy-dispatch"))
            let searches = await emulated.server.requestLog.records.filter { $0.path.hasSuffix("/content/search") }
            #expect(!searches.isEmpty)
        }
    }

    @Test func theListingDescendsOnlyIntoThePagesItShows() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            // Incident postmortems (OPS): depth 2, sort=title, reverse, first=2 shows Postmortems 2025 and 2024 with their
            // postmortems (every level reversed); its third child, Incident response checklist (66210), is cut, so its children are not asked for.
            let plain = try await Self.page("66177", "plain", on: emulated)
            #expect(plain.output.contains("[children: Postmortems 2025 (PM-2025-03: Map corruption after tile migration), Postmortems 2024 (PM-2024-11: Certificate expiry at Rotterdam, "))
            #expect(!plain.output.contains("Incident response checklist"))
            let listed = await emulated.server.requestLog.records.filter { $0.path.hasSuffix("/direct-children") }.map(\.path)
            #expect(listed.count == 3)
            #expect(!listed.contains { $0.contains("/66210/") })
        }
    }

    @Test func childTitlesLoseEscapeSequencesBeforeMarkdownEscapesThem() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            // Robustness samples (ENG): its first child's title holds ESC [31m and ESC [0m.
            let run = try await Self.page("66023", "markdown", on: emulated)
            #expect(run.output.contains("\\[children\\]\n- Colour codes red in a title\n"))
        }
    }

    @Test func aPageWithoutTheMacroListsNoChildren() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let run = try await Self.page(Self.leaf, "text", on: emulated)
            #expect(run.status == 0)
            let listings = await emulated.server.requestLog.records.filter { $0.path.hasSuffix("/direct-children") }
            #expect(listings.isEmpty)
        }
    }

    @Test func aFailedListingLeavesTheMarkerBareWithOneWarning() async throws {
        let faults = [FaultRule(.serverError(rate: 1, status: 501), path: "*/direct-children")]
        try await EmulatedSite.with(.cloud, faults: faults) { emulated in
            let run = try await Self.page(Self.parent, "plain", on: emulated)
            #expect(run.status == 0)
            #expect(run.output.contains("[children]\n"))
            #expect(run.errors.hasPrefix("warning: could not list the children of page \(Self.parent), so its children macro names none: "))
            #expect(run.errors.split(separator: "\n").count == 1)
        }
    }

    @Test func aLongWaitTheSiteImposesIsSaidOnStderr() async throws {
        // Release Notes (ENG) lists two levels: the second listing of its children meets the rate limit's 429.
        let faults = [FaultRule(.rateLimit(requestsPerSecond: 0.2, burst: 1), path: "*/direct-children")]
        try await EmulatedSite.with(.cloud, faults: faults) { emulated in
            let run = try await Self.page("65852", "plain", on: emulated)
            #expect(run.status == 0)
            #expect(run.output.contains("[children: FleetOS 3.x (2023) (FleetOS 3.8 release notes"))
            #expect(run.errors.hasPrefix("warning: the site answered 429 Too Many Requests (Retry-After) to GET /wiki/api/v2/pages/"))
            #expect(run.errors.contains("; waiting ") && run.errors.contains(" s before trying again\n"))
        }
    }

    /// Runs `confluence-tui page ID --format FORMAT` against the emulated site, with its own configuration folder.
    private static func page(_ id: String, _ format: String, on emulated: EmulatedSite) async throws -> BuiltExecutable.Outcome {
        let tui = try #require(BuiltExecutable(named: "confluence-tui"), "confluence-tui was not built next to the tests")
        let cloud = emulated.client.site.kind == .cloud
        return try await ScratchDirectory.with { home in
            var environment = ["CONFLUENCE_TUI_HOME": home.path, "CONFLUENCE_URL": emulated.server.siteURL.absoluteString,
                               "CONFLUENCE_API_TOKEN": cloud ? "demo-token" : "demo-pat", "NO_COLOR": "1"]
            if cloud { environment["CONFLUENCE_USER"] = "demo@example.com" }
            let width = format == "text" ? ["--width", "80"] : []
            return try await tui.run(["page", id, "--format", format, "--kind", cloud ? "cloud" : "datacenter"] + width,
                                     environment: environment, in: home)
        }
    }
}
