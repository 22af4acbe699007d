import ConfluenceEmulator
import ConfluenceKit
import Foundation
import Testing
import TestSupport

/// Every client operation against the emulator over real loopback HTTP, in both flavours, with small pages.
@Suite(.serialized)
struct ClientOperationTests {
    let facts: DemoSiteFacts

    init() throws {
        facts = try DemoSiteFacts.load()
    }

    @Test("spaces: all of them across several pages, and by key", arguments: Flavor.allCases)
    func spaces(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor, pageSize: 2) { emulated in
            let spaces = try await emulated.client.spaces().collect()
            #expect(Set(spaces.map(\.key)) == Set(facts.spaces.keys))
            #expect(spaces.count == facts.spaces.count, "no space may arrive twice")
            let requests = await emulated.server.requestLog.records.filter { $0.path.hasSuffix("/spaces") || $0.path.hasSuffix("/space") }
            #expect(requests.count >= 3, "6 spaces with a page size of 2 need at least 3 requests")

            let archived = try #require(facts.spaces.values.first { $0.status == "archived" })
            let space = try await emulated.client.space(key: archived.key)
            #expect(space.name == archived.name)
            #expect(space.status == .archived)

            let personal = try #require(facts.spaces.values.first { $0.type == "personal" })
            let byKeys = try await emulated.client.spaces(SpaceFilter(keys: [personal.key, "ENG"])).collect()
            #expect(Set(byKeys.map(\.key)) == [personal.key, "ENG"])
        }
    }

    @Test("root pages and children page lazily and arrive once, in order", arguments: Flavor.allCases)
    func tree(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor, pageSize: 3) { emulated in
            let roots = try await emulated.client.rootPages(spaceKey: "ENG").collect()
            #expect(roots.map(\.id) == facts.roots(in: "ENG").map(\.id))

            let parent = try #require(facts.widestParent(in: "ENG"))
            let expected = facts.children(of: parent.id, in: "ENG").filter { $0.type == "page" }
            #expect(expected.count >= 7, "the widest parent needs 3 pages of 3")
            let children = try await emulated.client.children(of: parent.id).collect()
            #expect(children.map(\.id) == expected.map(\.id))
            #expect(children.map(\.title) == expected.map(\.title))
        }
    }

    @Test("folders appear among the children on Cloud")
    func folders() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let folder = try #require(facts.itemsBySpace["PROD"]?.first { $0.type == "folder" })
            let parentId = try #require(folder.parentId)
            let children = try await emulated.client.children(of: parentId).collect()
            let listed = try #require(children.first { $0.id == folder.id })
            #expect(listed.kind == .folder)
            let inside = try await emulated.client.children(of: folder.id, kind: .folder).collect()
            #expect(inside.map(\.id) == facts.children(of: folder.id, in: "PROD").map(\.id))
        }
    }

    @Test("a page arrives with its storage body, version, space, labels, ancestors and attachments", arguments: Flavor.allCases)
    func page(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor, pageSize: 2) { emulated in
            let (item, ancestors) = try #require(facts.deepestPage(in: "ENG"))
            let page = try await emulated.client.page(id: item.id)
            #expect(page.title == item.title)
            #expect(page.space?.key == "ENG")
            #expect((page.version?.number ?? 0) >= 1)
            let body = try String(contentsOf: RepositoryPaths.demoSite.appendingPathComponent("spaces/ENG/bodies/\(item.id).xml"), encoding: .utf8)
            #expect(page.storageBody == body)
            #expect(Set(page.labels.map(\.name)) == Set(item.labels))

            let chain = try await emulated.client.ancestors(of: item.id).collect()
            #expect(chain.map(\.id) == ancestors.map(\.id))

            let labels = try await emulated.client.labels(of: item.id).collect()
            #expect(Set(labels.map(\.name)) == Set(item.labels))

            let withAttachments = try #require(facts.itemsBySpace["ENG"]?.first { ($0.attachments?.count ?? 0) >= 1 && $0.status == "current" })
            let attachments = try await emulated.client.attachments(of: withAttachments.id).collect()
            #expect(Set(attachments.map(\.title)) == Set(withAttachments.attachments?.map(\.title) ?? []))
        }
    }

    @Test("CQL search pages through every hit and the count matches", arguments: Flavor.allCases)
    func search(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor, pageSize: 4) { emulated in
            let expected = facts.pageIds(labelled: "runbook")
            #expect(expected.count > 8, "the runbook label needs 3 pages of 4")
            let results = try await emulated.client.search(cql: #"type = page AND label = "runbook""#).collect()
            let ids = results.compactMap { $0.content?.id }
            #expect(Set(ids) == expected)
            #expect(ids.count == expected.count, "no hit may arrive twice")
            let count = try await emulated.client.count(cql: #"type = page AND label = "runbook""#)
            #expect(count == expected.count)
            let inSpace = try await emulated.client.count(cql: "space = OPS AND type = page")
            #expect(inSpace == facts.pageIds(inSpace: "OPS").count)
        }
    }

    @Test("the current user and a refused credential", arguments: Flavor.allCases)
    func currentUser(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let user = try await emulated.client.currentUser()
            #expect(!user.isAnonymous)
            #expect(user.displayName?.isEmpty == false)

            let wrong: Credential = flavor == .cloud ? .apiToken(email: "demo@example.com", token: "wrong-token") : .password(user: "demo", password: "wrong")
            let refused = ConfluenceClient(site: emulated.client.site, credential: wrong, transport: AsyncHTTPClientTransport())
            let error = await #expect(throws: ConfluenceError.self) { try await refused.spaces().collect() }
            let sentence = try #require(error).description
            #expect(sentence.hasPrefix("401"))
            #expect(!sentence.contains("wrong-token") && !sentence.contains("wrong\""))
        }
    }

    @Test("bad CQL surfaces the server's own message", arguments: Flavor.allCases)
    func badCQL(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.count(cql: "label = = x") }
            let failure = try #require(error)
            #expect(failure.description.contains("Could not parse cql"))
        }
    }

    @Test("a missing page is a typed not-found error", arguments: Flavor.allCases)
    func missingPage(flavor: Flavor) async throws {
        try await EmulatedSite.with(flavor) { emulated in
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.page(id: "999999999") }
            let failure = try #require(error)
            #expect(failure.status == 404)
        }
    }
}
