import Accounts
import ConfluenceKit
import Foundation
import Testing

@Suite(.removesTemporaryFolders)
struct AccountRegistryTests {
    private func registry(_ transport: InMemoryTransport = InMemoryTransport()) throws -> AccountRegistry {
        AccountRegistry(directory: try temporaryConfig(), transport: transport, environment: [:])
    }

    @Test func addingKeepsBothFilesConsistentAndADuplicateKeepsTheOldSecret() async throws {
        let registry = try registry()
        try await registry.add(makeAccount(kind: .cloudBasic), secret: Secret("ATATT-first"))
        await #expect(throws: AccountsError.self) { try await registry.add(makeAccount(kind: .cloudBasic), secret: Secret("ATATT-second")) }
        #expect(try registry.resolver.credentials.entry(forAccount: "work").secret?.reveal() == "ATATT-first")
        #expect(try registry.list().accounts.map(\.name) == ["work"])
    }

    @Test func aSecretForAnotherSourceOrAnEmptySecretIsRefused() async throws {
        let registry = try registry()
        let env = makeAccount(kind: .dataCenterPAT, source: .environment("X"))
        let error = await #expect(throws: AccountsError.self) { try await registry.add(env, secret: Secret("pat")) }
        #expect(error?.description == "account work reads its secret from the environment variable X; a secret given here would never be used")
        #expect(error?.setting == .secret)
        let empty = await #expect(throws: AccountsError.self) { try await registry.add(makeAccount(kind: .cloudBasic), secret: Secret("")) }
        #expect(empty?.setting == .secret)
        let none = await #expect(throws: AccountsError.self) { try await registry.add(makeAccount(kind: .cloudBasic), secret: nil) }
        #expect(none?.description == "account work keeps its API token in credentials.json, and none was given")
        #expect(none?.setting == .secret)
        try await registry.add(env, secret: nil)
        var switched = env
        switched.secretSource = .credentialsFile
        let nothingStored = await #expect(throws: AccountsError.self) { try await registry.edit(switched, newSecret: nil) }
        #expect(nothingStored?.setting == .secret, "an edit to credentials.json needs a secret when none is stored")
        try await registry.edit(switched, newSecret: Secret("pat"))
        try await registry.edit(switched, newSecret: nil)
        #expect(try registry.resolver.credentials.entry(forAccount: "work").secret?.reveal() == "pat", "a stored secret is kept")
        try await registry.remove(named: "work")
        #expect(try registry.list().accounts.isEmpty)
    }

    @Test func removingForgetsTheSecretAndEditingReplacesIt() async throws {
        let registry = try registry()
        try await registry.add(makeAccount("a", kind: .cloudBasic), secret: Secret("ATATT-a"))
        try await registry.add(makeAccount("b", kind: .dataCenterPAT), secret: Secret("pat-b"))
        var edited = makeAccount("b", kind: .dataCenterPAT, site: "https://other.example.com")
        edited.isDefault = true
        try await registry.edit(edited, newSecret: Secret("pat-b2"))
        #expect(try registry.list().defaultAccount().siteURL.absoluteString == "https://other.example.com")
        #expect(try registry.resolver.credentials.entry(forAccount: "b").secret?.reveal() == "pat-b2")
        try await registry.remove(named: "a")
        #expect(try registry.resolver.credentials.entry(forAccount: "a").isEmpty)
        #expect(try registry.list().accounts.map(\.name) == ["b"])
    }

    /// A site has its own cloudId, and OAuth tokens belong to the site, app and servers they were granted by: an edit of any
    /// of them forgets the cloudId and drops the tokens, asking for a login, rather than go on reading the old site.
    @Test func anEditOfTheSiteOrTheOAuthAppDropsWhatBelongedToTheOldOne() async throws {
        let registry = try registry()
        var oauth = makeAccount("app", kind: .oauth3LO)
        oauth.cloudId = "old-cloud"
        try await registry.add(oauth, secret: Secret("client-secret"))
        let tokens = OAuthTokens(accessToken: Secret("access-0"), refreshToken: Secret("refresh-0"), expiresAt: Date().addingTimeInterval(3600))
        for change in [{ (account: inout Account) in account.siteURL = URL(string: "https://other.atlassian.net")! },
                       { (account: inout Account) in account.oauth?.clientId = "another-app" },
                       { (account: inout Account) in account.endpoints = AtlassianEndpoints(auth: URL(string: "https://auth.example")!,
                                                                                             api: URL(string: "https://api.example")!) }] {
            try await registry.resolver.credentials.setTokens(tokens, forAccount: "app")
            var stored = try registry.list().account(named: "app")
            stored.needsLogin = false
            stored.cloudId = "old-cloud"
            try await registry.edit(stored, newSecret: nil)
            var edited = stored
            change(&edited)
            try await registry.edit(edited, newSecret: nil)
            let after = try registry.list().account(named: "app")
            #expect(after.needsLogin)
            #expect(try registry.resolver.credentials.entry(forAccount: "app").tokens == nil)
            #expect(try registry.resolver.credentials.entry(forAccount: "app").secret?.reveal() == "client-secret", "the app's secret stays")
            #expect((after.cloudId == nil) == (after.siteURL != stored.siteURL))
        }
        var scoped = makeAccount("scoped", kind: .scopedToken)
        scoped.cloudId = "old-cloud"
        try await registry.add(scoped, secret: Secret("ATATT-s"))
        scoped.siteURL = URL(string: "https://other.atlassian.net")!
        try await registry.edit(scoped, newSecret: nil)
        #expect(try registry.list().account(named: "scoped").cloudId == nil, "found again for the new site")
    }

    /// A damaged credentials.json stops a remove before anything changes: the account stays listed, and removing it
    /// once the file is repaired takes its secret too.
    @Test func aRemoveThatCannotForgetTheSecretKeepsTheAccount() async throws {
        let registry = try registry()
        try await registry.add(makeAccount(kind: .cloudBasic), secret: Secret("ATATT-kept"))
        let file = registry.resolver.credentials.fileURL
        let intact = try Data(contentsOf: file)
        try Data(intact.prefix(intact.count / 2)).write(to: file)
        let damaged = await #expect(throws: AccountsError.self) { try await registry.remove(named: "work") }
        #expect(damaged?.description.hasSuffix("; repair or delete it, then remove work again") == true, "\(damaged?.description ?? "")")
        #expect(try registry.list().accounts.map(\.name) == ["work"], "the account is still listed")
        try intact.write(to: file)
        try await registry.remove(named: "work")
        #expect(try registry.list().accounts.isEmpty)
        #expect(try registry.resolver.credentials.entry(forAccount: "work").isEmpty)
        let missing = await #expect(throws: AccountsError.self) { try await registry.remove(named: "ghost") }
        #expect(missing?.description.contains("ghost") == true)
    }

    /// An edit that keeps the stored secret, with credentials.json damaged, says the file is damaged, not that no secret
    /// was given, and changes nothing.
    @Test func anEditOverADamagedCredentialsFileNamesTheDamage() async throws {
        let registry = try registry()
        try await registry.add(makeAccount(kind: .cloudBasic), secret: Secret("ATATT-kept"))
        try Data("garbage".utf8).write(to: registry.resolver.credentials.fileURL)
        var edited = try registry.list().account(named: "work")
        edited.user = "other@example.com"
        let error = await #expect(throws: AccountsError.self) { try await registry.edit(edited, newSecret: nil) }
        #expect(error?.description.contains("credentials.json") == true && error?.description.contains("none was given") == false,
                "\(error?.description ?? "")")
        #expect(error?.isInvalidInput == false, "a damaged file is a failure, not invalid input")
        #expect(try registry.list().account(named: "work").user != "other@example.com")
    }

    /// An account that keeps nothing in credentials.json is removed though that file is damaged.
    @Test func anAccountWithItsSecretElsewhereGoesDespiteADamagedCredentialsFile() async throws {
        let registry = try registry()
        try await registry.add(makeAccount("kept", kind: .cloudBasic), secret: Secret("ATATT-kept"))
        try await registry.add(makeAccount("env", kind: .cloudBasic, source: .environment("TOKEN")), secret: nil)
        try await registry.add(makeAccount("env2", kind: .cloudBasic, source: .environment("TOKEN")), secret: nil)
        try Data("{\"version\": 1, \"acc".utf8).write(to: registry.resolver.credentials.fileURL)
        try await registry.remove(named: "env")
        try Data("{\"version\": 99, \"accounts\": {}}".utf8).write(to: registry.resolver.credentials.fileURL)
        try await registry.remove(named: "env2")
        #expect(try registry.list().accounts.map(\.name) == ["kept"])
        await #expect(throws: AccountsError.self) { try await registry.remove(named: "kept") }
    }

    @Test func anEditThatChangesTheConnectionForgetsTheLastTest() async throws {
        let registry = try registry()
        try await registry.add(makeAccount(kind: .dataCenterPAT), secret: Secret("pat-old"))
        _ = await registry.test(named: "work")
        let tested = try registry.list().account(named: "work")
        #expect(tested.lastTest != nil)
        var renamedDefault = tested
        renamedDefault.isDefault.toggle()
        try await registry.edit(renamedDefault, newSecret: nil)
        #expect(try registry.list().account(named: "work").lastTest == tested.lastTest, "nothing about the connection changed")
        try await registry.edit(makeAccount(kind: .dataCenterPAT, site: "https://other.example.com"), newSecret: nil)
        #expect(try registry.list().account(named: "work").lastTest == nil, "another site")
        _ = await registry.test(named: "work")
        let retested = try registry.list().account(named: "work")
        try await registry.edit(retested, newSecret: Secret("pat-old"))
        #expect(try registry.list().account(named: "work").lastTest == retested.lastTest, "the secret already kept")
        try await registry.edit(retested, newSecret: Secret("pat-new"))
        #expect(try registry.list().account(named: "work").lastTest == nil, "another secret")
        #expect(registry.storesSecret(Secret("pat-new"), forAccount: "work"))
        #expect(!registry.storesSecret(Secret("pat-old"), forAccount: "work"))
    }

    @Test func editingToAnotherSecretSourceDropsTheStoredSecret() async throws {
        let registry = try registry()
        try await registry.add(makeAccount(kind: .dataCenterPAT), secret: Secret("pat-old"))
        try await registry.edit(makeAccount(kind: .dataCenterPAT, source: .command(["pass", "show", "dc"])), newSecret: nil)
        #expect(try registry.resolver.credentials.entry(forAccount: "work").secret == nil)
        #expect(try registry.list().account(named: "work").secretSource == .command(["pass", "show", "dc"]))
    }

    @Test func theClientOfTheDefaultAccountTalksToItsSite() async throws {
        let transport = InMemoryTransport(handler: { request in
            #expect(request.url.absoluteString == "https://dc.example.com/confluence/rest/api/user/current")
            #expect(request.headers["Authorization"] == "Bearer pat-1")
            return HTTPResponse(text: "{\"username\":\"jdoe\",\"displayName\":\"J Doe\",\"type\":\"known\"}")
        })
        let registry = try registry(transport)
        try await registry.add(makeAccount(kind: .dataCenterPAT), secret: Secret("pat-1"))
        #expect(try await registry.client(named: nil).currentUser().username == "jdoe")
        let report = await registry.test(named: nil)
        #expect(report.ok)
        #expect(report.sentence == "signed in as J Doe on https://dc.example.com/confluence (Data Center); answering: REST v1 (/rest/api)")
    }
}
