import Accounts
import ConfluenceKit
import Foundation
import LocalStore
import Testing

@Suite(.removesTemporaryFolders)
struct AccountStoreTests {
    @Test func addingRemovingAndDefaultRoundTripThroughTheFile() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        try await store.add(makeAccount("one", kind: .cloudBasic))
        try await store.add(makeAccount("two", kind: .dataCenterPAT))
        #expect(try store.load().defaultAccount().name == "one")
        try await store.setDefault(named: "two")
        let file = try store.load()
        #expect(file.accounts.map(\.name) == ["one", "two"])
        #expect(file.accounts.filter(\.isDefault).map(\.name) == ["two"])
        #expect(try store.account(named: nil).name == "two")
        #expect(try store.account(named: "two").siteKind == .dataCenter)
        try await store.remove(named: "two")
        #expect(try store.load().accounts.map(\.name) == ["one"])
        #expect(try store.account(named: nil).name == "one")
    }

    @Test func removingTheDefaultPassesItToTheFirstAccountLeft() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        for name in ["one", "two", "three"] { try await store.add(makeAccount(name, kind: .cloudBasic)) }
        try await store.setDefault(named: "two")
        try await store.remove(named: "two")
        #expect(try store.load().accounts.filter(\.isDefault).map(\.name) == ["one"], "a command without --account still finds one")
        try await store.remove(named: "three")
        #expect(try store.load().accounts.filter(\.isDefault).map(\.name) == ["one"], "removing another leaves the default alone")
    }

    @Test func everyFieldSurvivesTheFile() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        var account = makeAccount("o", kind: .oauth3LO)
        account.cloudId = "abc-123"
        account.secretSource = .command(["pass", "show", "confluence"])
        account.endpoints = AtlassianEndpoints(auth: URL(string: "http://127.0.0.1:9000/auth")!, api: URL(string: "http://127.0.0.1:9000/api")!)
        account.lastTest = AccountTestResult(at: Date(timeIntervalSince1970: 1_800_000_000), ok: false, sentence: "nope")
        account.needsLogin = true
        try await store.add(account)
        var env = makeAccount("e", kind: .dataCenterPassword, user: "jdoe", source: .environment("CONF_PASS"))
        env.isDefault = true
        try await store.add(env)
        let loaded = try store.load()
        var expected = account
        expected.isDefault = false
        #expect(loaded.accounts == [expected, env])
    }

    @Test func duplicateAndInvalidAccountsAreRefused() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        try await store.add(makeAccount("one", kind: .cloudBasic))
        let duplicate = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("one", kind: .cloudBasic)) }
        #expect(duplicate?.isInvalidInput == true)
        #expect(duplicate?.setting == .name)
        let badName = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("has space", kind: .cloudBasic)) }
        #expect(badName?.description.contains("may only hold") == true)
        #expect(badName?.setting == .name)
        let noUser = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("nouser", kind: .cloudBasic, user: "")) }
        #expect(noUser?.description == "account nouser needs a user (email) to go with its API token")
        #expect(noUser?.setting == .user)
        let mismatch = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("pat", kind: .dataCenterPAT, siteKind: .cloud)) }
        #expect(mismatch?.description.contains("works only on Data Center") == true)
        #expect(mismatch?.setting == .authKind)
        let onCloud = await #expect(throws: AccountsError.self) {
            try await store.add(makeAccount("pat", kind: .dataCenterPAT, site: "https://acme.atlassian.net"))
        }
        #expect(onCloud?.description == "account pat: acme.atlassian.net is a Cloud site, and a Data Center personal access token works only on Data Center")
        var tls = makeAccount("tls", kind: .oauth3LO)
        tls.oauth?.redirectURI = URL(string: "https://127.0.0.1:8765/callback")!
        let redirect = await #expect(throws: AccountsError.self) { try await store.add(tls) }
        #expect(redirect?.setting == .redirectURI)
        var noClient = makeAccount("app", kind: .oauth3LO)
        noClient.oauth?.clientId = ""
        let client = await #expect(throws: AccountsError.self) { try await store.add(noClient) }
        #expect(client?.description == "account app uses OAuth 2.0 (3LO) and needs a client id")
        #expect(client?.setting == .user)
        for variable in ["", "A B", "A=B", "1X"] {
            var unset = makeAccount("env", kind: .cloudBasic)
            unset.secretSource = .environment(variable)
            let refused = await #expect(throws: AccountsError.self, "an environment variable no shell sets") { try await store.add(unset) }
            #expect(refused?.setting == .secret)
        }
        var portable = makeAccount("env", kind: .cloudBasic)
        portable.secretSource = .environment("_CONFLUENCE_TOKEN2")
        try await store.add(portable)
        let missing = await #expect(throws: AccountsError.self) { try await store.remove(named: "ghost") }
        #expect(missing?.isNotFound == true)
        #expect(missing?.isInvalidInput == true)
        #expect(missing?.setting == nil)
    }

    @Test func aSiteOrEndpointSiteAddressRefusesIsRefusedWithoutItsPassword() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        let password = await #expect(throws: AccountsError.self) {
            try await store.add(makeAccount("pw", kind: .cloudBasic, site: "https://bob:HUNTER2PW@x.atlassian.net"))
        }
        #expect(password?.description == "account pw: the site address holds a user name or password; give the user and the secret separately, never in the address")
        #expect(password?.setting == .site)
        let port = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("port", kind: .dataCenterPAT, site: "http://127.0.0.1:99999")) }
        #expect(port?.description == "account port: the port 99999 of http://127.0.0.1:99999 is not one from 1 to 65535")
        var gateway = makeAccount("gw", kind: .oauth3LO)
        gateway.endpoints = AtlassianEndpoints(auth: URL(string: "http://127.0.0.1:9000")!, api: URL(string: "http://127.0.0.1:70000")!)
        let endpoint = await #expect(throws: AccountsError.self) { try await store.add(gateway) }
        #expect(endpoint?.description == "account gw, --gateway-url: the port 70000 of http://127.0.0.1:70000 is not one from 1 to 65535")
        #expect(endpoint?.setting == .endpoints)
        #expect(try store.load().accounts.isEmpty)
    }

    @Test func aSyntaxErrorIsReportedWithPathAndLineAndTheFileIsKept() async throws {
        let directory = try temporaryConfig()
        let store = AccountStore(directory: directory)
        let broken = "{\n  \"version\": 1,\n  \"accounts\": [\n    {\"name\": \"a\",, }\n  ]\n}\n"
        try Data(broken.utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        #expect(error?.isCorruptFile == true)
        #expect(error?.isInvalidInput == false)
        #expect(error?.description.hasPrefix(store.fileURL.path + ":4:") == true)
        await #expect(throws: AccountsError.self) { try await store.add(makeAccount("new", kind: .cloudBasic)) }
        #expect(try String(contentsOf: store.fileURL, encoding: .utf8) == broken)
    }

    /// An accounts.json of one account, `a`, whose last lines (from line 7) are `fields`.
    private static func oneAccount(fields: String) -> String {
        """
        {
          "version": 1,
          "accounts": [
            {
              "name": "a",
              "site_url": "https://a.atlassian.net",
              \(fields)
            }
          ]
        }
        """
    }

    @Test func aWrongValueIsReportedWithItsFieldAndLine() throws {
        let store = AccountStore(directory: try temporaryConfig())
        try Data(Self.oneAccount(fields: #""auth_kind": "moon_beam""#).utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        let sentence = error?.description ?? ""
        #expect(sentence.hasPrefix(store.fileURL.path + ":7"))
        #expect(sentence.contains("accounts[0].auth_kind"))
    }

    /// A field no build writes (a typo in a hand edit) is refused with its line, rather than dropped by the next write.
    @Test func anUnknownFieldIsRefusedWithItsLineAndTheFileKept() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        let text = Self.oneAccount(fields: #""auth_kind": "cloud_basic","# + "\n      " + #""uesr": "me@example.com""#)
        try Data(text.utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        #expect(error?.description.hasPrefix(store.fileURL.path + ":8") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(#"an account has an unknown field "uesr""#) == true)
        await #expect(throws: AccountsError.self) { try await store.setDefault(named: "a") }
        #expect(try String(contentsOf: store.fileURL, encoding: .utf8) == text, "the file is left as it is")
        try Data(#"{"version": 1, "accounts": [], "note": "x"}"#.utf8).write(to: store.fileURL)
        #expect(throws: AccountsError.self) { try store.load() }
        // Within the objects an account holds too: a secret pasted there would otherwise sit unseen until dropped.
        for nested in [#""secret_source": {"type": "environment", "name": "T", "fallback_secret": "x"}"#,
                       #""last_test": {"at": "2024-01-01T00:00:00Z", "ok": true, "sentence": "s", "more": 1}"#,
                       #""endpoints": {"auth": "https://a.example", "api": "https://b.example", "token": "x"}"#] {
            try Data(Self.oneAccount(fields: #""auth_kind": "cloud_basic", "user": "me", "# + nested).utf8).write(to: store.fileURL)
            let refused = #expect(throws: AccountsError.self) { try store.load() }
            #expect(refused?.description.contains("unknown field") == true, "\(refused?.description ?? "")")
        }
    }

    @Test func emptyAndTruncatedFilesAreCorruptNotEmpty() throws {
        let store = AccountStore(directory: try temporaryConfig())
        for text in ["", "{\"version\": 1, \"accounts\": [", "\u{0}\u{1}binary", String(repeating: "[", count: 5000)] {
            try Data(text.utf8).write(to: store.fileURL)
            let error = #expect(throws: AccountsError.self) { try store.load() }
            #expect(error?.isCorruptFile == true, "\(text.prefix(10))")
        }
    }

    /// Only a hand edit repeats a name or marks two defaults; which account is meant is unknown, so the file is corrupt.
    @Test func aRepeatedNameOrTwoDefaultsMakeTheFileCorrupt() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        try await store.add(makeAccount("cloud", kind: .cloudBasic))
        try await store.add(makeAccount("other", kind: .cloudBasic))
        let stored = try String(contentsOf: store.fileURL, encoding: .utf8)
        try Data(stored.replacingOccurrences(of: "\"other\"", with: "\"cloud\"").utf8).write(to: store.fileURL)
        let repeated = #expect(throws: AccountsError.self) { try store.load() }
        #expect(repeated?.isCorruptFile == true)
        #expect(repeated?.description.hasSuffix("two accounts are named cloud; rename or remove one") == true)
        try Data(stored.replacingOccurrences(of: "\"other\"", with: "\"Cloud\"").utf8).write(to: store.fileURL)
        let cased = #expect(throws: AccountsError.self) { try store.load() }
        #expect(cased?.description.hasSuffix("two accounts are named cloud and Cloud (names differing only in case are one); rename or remove one") == true,
                "\(cased?.description ?? "")")
        let twoDefaults = stored.replacingOccurrences(of: "\"default\" : false", with: "\"default\" : true")
        #expect(twoDefaults != stored)
        try Data(twoDefaults.utf8).write(to: store.fileURL)
        let defaults = #expect(throws: AccountsError.self) { try store.load() }
        #expect(defaults?.description.hasSuffix("2 accounts are marked default (cloud, other); keep one") == true, "\(stored)")
    }

    /// A site address that is no web address is the file's fault, named with its field and line.
    @Test func aSiteThatIsNoWebAddressMakesTheFileCorrupt() throws {
        let store = AccountStore(directory: try temporaryConfig())
        let text = "{\n  \"version\": 1,\n  \"accounts\": [\n    {\"name\": \"a\", \"site_url\": \"not a url\", \"auth_kind\": \"cloud_basic\"}\n  ]\n}\n"
        try Data(text.utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        #expect(error?.isCorruptFile == true)
        #expect(error?.description.contains(":4") == true && error?.description.contains("accounts[0].site_url") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("%20") == false)
        // Described in the file's terms, including an address Foundation cannot read at all.
        try Data(text.replacingOccurrences(of: "not a url", with: "http://exa mple.com").utf8).write(to: store.fileURL)
        let unreadable = #expect(throws: AccountsError.self) { try store.load() }
        #expect(unreadable?.description.hasSuffix("accounts[0].site_url: \"http://exa mple.com\" is not a URL (it holds U+0020)") == true,
                "\(unreadable?.description ?? "")")
        // A port out of range is said when the account is used (see SecretAndSiteInputTests), so the others stay usable.
        try Data(text.replacingOccurrences(of: "not a url", with: "http://example.com:99999").utf8).write(to: store.fileURL)
        #expect(try store.load().accounts.map(\.name) == ["a"])
    }

    /// A name no command would store (empty, or holding a direction mark that reorders the text around it) is the file's fault.
    @Test func aNameNoCommandWouldStoreMakesTheFileCorrupt() throws {
        let store = AccountStore(directory: try temporaryConfig())
        for (name, problem) in [("", "an account name cannot be empty"), ("a\\u202Eb", "holds U+202E;"), ("a b", "holds U+0020;")] {
            let text = "{\"version\": 1, \"accounts\": [{\"name\": \"\(name)\", \"site_url\": \"https://x.atlassian.net\", \"auth_kind\": \"cloud_basic\"}]}"
            try Data(text.utf8).write(to: store.fileURL)
            let error = #expect(throws: AccountsError.self) { try store.load() }
            #expect(error?.isCorruptFile == true && error?.description.contains("accounts[0].name: ") == true, "\(name)")
            #expect(error?.description.contains(problem) == true, "\(error?.description ?? "")")
        }
    }

    @Test func namesDifferingOnlyInCaseAreOneName() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        try await store.add(makeAccount("Work", kind: .cloudBasic))
        let error = await #expect(throws: AccountsError.self) { try await store.add(makeAccount("work", kind: .cloudBasic)) }
        #expect(error?.description.hasPrefix("an account named Work already exists") == true, "\(error?.description ?? "")")
    }

    /// A value of the wrong kind is named by what it is in JSON, not by a Swift type.
    @Test func aWrongKindOfValueIsNamedInJSONTerms() throws {
        let store = AccountStore(directory: try temporaryConfig())
        try Data("{\"version\": 1, \"accounts\": {}}".utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        #expect(error?.description.hasSuffix("accounts should be a list") == true, "\(error?.description ?? "")")
    }

    @Test func aNewerFormatVersionIsRefused() throws {
        let store = AccountStore(directory: try temporaryConfig())
        try Data("{\"version\": 9, \"accounts\": []}".utf8).write(to: store.fileURL)
        let error = #expect(throws: AccountsError.self) { try store.load() }
        #expect(error?.description.contains("format version 9") == true)
    }

    @Test func concurrentTasksEachLandTheirAccount() async throws {
        let store = AccountStore(directory: try temporaryConfig())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask { try await store.add(makeAccount("task-\(index)", kind: .cloudBasic)) }
            }
            try await group.waitForAll()
        }
        let names = Set(try store.load().accounts.map(\.name))
        #expect(names == Set((0..<20).map { "task-\($0)" }))
        #expect(try store.load().accounts.filter(\.isDefault).count == 1)
    }

    @Test func twoProcessesWritingAtOnceLeaveBothFilesValidAndComplete() async throws {
        let directory = try temporaryConfig()
        let first = try startHelper(["add-accounts", directory.url.path, "left", "15"])
        let second = try startHelper(["add-accounts", directory.url.path, "right", "15"])
        let (a, b) = await (finish(first), finish(second))
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let accounts = try AccountStore(directory: directory).load().accounts
        let expected = Set((0..<15).flatMap { ["left-\($0)", "right-\($0)"] })
        #expect(Set(accounts.map(\.name)) == expected)
        #expect(accounts.count == 30)
        let credentials = try CredentialsFile(directory: directory).load()
        #expect(Set(credentials.entries.keys) == expected)
        #expect(credentials["left-3"].secret?.reveal() == "token-of-left-3")
        #expect(try mode(of: CredentialsFile(directory: directory).fileURL) == 0o600)
    }
}

@Suite(.removesTemporaryFolders)
struct AccountStoreFolderTests {
    @Test func theFirstWriteCreatesAMissingConfigurationFolder() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let root = parent.appendingPathComponent("confluence-tui")
        let directory = ConfigDirectory(url: root)
        try await AccountStore(directory: directory).add(makeAccount(kind: .cloudBasic))
        try await CredentialsFile(directory: directory).setSecret(Secret("x"), forAccount: "work")
        #expect(try AccountStore(directory: directory).load().accounts.count == 1)
        #expect(try mode(of: root) == 0o700)
    }

    @Test func aLockHeldElsewhereTimesOutWithASentence() async throws {
        let directory = try temporaryConfig()
        let store = AccountStore(directory: directory, lockTimeout: .milliseconds(200))
        let error = await #expect(throws: AccountsError.self) {
            try await store.lock.withLock {
                try await store.add(makeAccount(kind: .cloudBasic))
            }
        }
        #expect(error?.description.contains("another confluence-tui process is writing") == true)
    }
}
