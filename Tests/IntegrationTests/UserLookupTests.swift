import ConfluenceEmulator
import ConfluenceKit
import Testing

/// Users are looked up by the identifier each flavour uses, and a directory asks for each user once.
struct UserLookupTests {
    private static let eunji = "557058:55159abc-90fb-5442-9e3e-3dcee9d6f042"

    @Test func cloudFindsAUserByAccountId() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let user = try await emulated.client.user(.accountId(Self.eunji))
            #expect(user.displayName == "Kim Eun-ji (김은지)")
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.user(.accountId("nobody")) }
            #expect(error?.kind == .notFound)
        }
    }

    @Test func dataCenterFindsAUserByKeyOrName() async throws {
        try await EmulatedSite.with(.dataCenter) { emulated in
            let byKey = try await emulated.client.user(.userKey("ff808081e6d6d5ac964f2d704766d56d"))
            #expect(byKey.displayName == "Kim Eun-ji (김은지)")
            let byName = try await emulated.client.user(.username("dana"))
            #expect(byName.displayName == "Dana Whitfield")
            let error = await #expect(throws: ConfluenceError.self) { try await emulated.client.user(.username("nobody")) }
            #expect(error?.kind == .notFound)
        }
    }

    @Test func theDirectoryAsksForEachUserOnceAndRemembersUnknownOnes() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let directory = UserNameDirectory(client: emulated.client)
            let wanted: Set<UserIdentifier> = [.accountId(Self.eunji), .accountId("nobody")]
            #expect(await directory.names(for: wanted) == [.accountId(Self.eunji): "Kim Eun-ji (김은지)"])
            #expect(await directory.names(for: wanted) == [.accountId(Self.eunji): "Kim Eun-ji (김은지)"])
            let lookups = await emulated.server.requestLog.records.filter { $0.path == "/wiki/rest/api/user" }
            #expect(lookups.count == 2)
        }
    }

    /// A user endpoint that keeps failing costs one failed lookup per user asked for at once, not one per caller: the
    /// failure pauses lookups, concurrent callers share a request, and the directory says how many it left unnamed and why.
    @Test func aFailingLookupPausesTheDirectoryAndSaysWhy() async throws {
        let faults = [FaultRule(.serverError(rate: 1), path: "/wiki/rest/api/user*")]
        try await EmulatedSite.with(.cloud, faults: faults) { emulated in
            let directory = UserNameDirectory(client: emulated.client)
            let first: Set<UserIdentifier> = [.accountId(Self.eunji), .accountId("other")]
            async let one = directory.names(for: first)
            async let two = directory.names(for: first)
            let (named, namedToo) = await (one, two)
            #expect(named.isEmpty && namedToo.isEmpty)
            let attempts = await emulated.server.requestLog.records.filter { $0.path == "/wiki/rest/api/user" }.count
            #expect(attempts == 2 * 5, "two users, five attempts each, shared by both callers")
            #expect(await directory.names(for: [.accountId("third")]).isEmpty)
            #expect(await emulated.server.requestLog.records.filter { $0.path == "/wiki/rest/api/user" }.count == attempts,
                    "paused: nothing more is asked")
            #expect(await directory.unnamedCount == 3)
            #expect(await directory.lastFailure?.status == 503)
        }
    }
}
