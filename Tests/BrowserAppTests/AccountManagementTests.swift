import BrowserApp
import DataSources
import Foundation
import Testing
import TerminalKit

/// The accounts pane's add, edit, test and remove through the real runner and an in-memory manager.
@MainActor
struct AccountManagementTests {
    private func browser(_ manager: FakeAccountManager, width: Int = 120, height: Int = 40) async -> HeadlessBrowser {
        let options = BrowserOptions(accounts: [Account(name: "demo", detail: "demo")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) }, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: width, height: height, options: options)
        await browser.settle()
        await browser.press(.backTab)
        return browser
    }

    /// A browser open on the managed account `work`; connecting to an account gives a fixture.
    private func browserOnWork(_ manager: FakeAccountManager) async -> HeadlessBrowser {
        let options = BrowserOptions(accounts: [Account(name: "work", detail: "https://work.example")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) }, connect: { _ in FixtureBackend() }, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        return browser
    }

    @Test func managedAccountsArePutAfterTheActiveOne() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        #expect(browser.state.accounts.accounts.map(\.name) == ["demo", "work"])
        #expect(browser.state.accounts.active?.name == "demo")
    }

    /// Opens the add form and fills name, site and user, moving the auth kind `kindSteps` to the right; ends on the secret field.
    /// Fills the add form up to its secret: a nil `user` for a kind that takes none (its field is skipped).
    private func fillNewAccount(_ browser: HeadlessBrowser, name: String, site: String, user: String?, kindSteps: Int = 0) async {
        await browser.press(.char("a"))
        await browser.type(name)
        await browser.press(.tab)
        await browser.type(site)
        await browser.press(.tab)
        for _ in 0..<kindSteps { await browser.press(.right) }
        await browser.press(.tab)
        if let user {
            await browser.type(user)
            await browser.press(.tab)
        }
        await browser.press(.tab)
    }

    @Test func addReadsTheSecretMaskedAndSavesThroughTheManager() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager)
        await fillNewAccount(browser, name: "team", site: "https://team.example", user: nil, kindSteps: 1)
        await browser.type("s3cr3t-token")
        let screen = browser.grid.text
        #expect(!screen.contains("s3cr3t"), "the secret is never drawn")
        #expect(screen.contains("••••••••••••") && screen.contains("Data Center personal access token"))
        #expect(screen.contains("(not used by this kind)"), "a personal access token takes no user:\n\(screen)")
        await browser.press(.enter)
        #expect(browser.state.accounts.form == nil)
        #expect(manager.calls == ["save new"])
        #expect(manager.secret(of: "team") == "s3cr3t-token")
        #expect(browser.state.accounts.accounts.map(\.name) == ["demo", "team"])
        #expect(browser.state.accounts.forms["team"]?.authKind == "data_center_pat")
        #expect(browser.state.accounts.forms["team"]?.user == "", "no user is saved for it")
        #expect(browser.state.status.notice == "Saved the account team.")
        #expect(!String(describing: browser.state.accounts.forms["team"] as Any).contains("s3cr3t"))
    }

    @Test func aRefusedSaveKeepsTheFormWithTheSentence() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager)
        await browser.press(.char("a"), .backTab, .enter)
        #expect(browser.state.accounts.form?.problem == "Give the account a name.")
        #expect(browser.state.accounts.form?.focused == .name)
        await browser.type("x")
        await browser.press(.tab)
        await browser.type("https://refused.example")
        await browser.press(.backTab, .backTab, .enter)
        #expect(browser.state.accounts.form?.problem == "the store refused the site")
        #expect(browser.state.accounts.form?.focused == .site, "the store's refusal focuses the field it names")
        #expect(browser.grid.text.contains("the store refused the site"))
        await browser.press(.escape)
        #expect(browser.state.accounts.form == nil)
    }

    /// A refusal of no field (a file not written) keeps the form, its values and the focus, so Enter tries again.
    @Test func aStoreRefusalOfNoFieldKeepsTheFocus() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager, width: 80, height: 24)
        await fillNewAccount(browser, name: "team", site: "https://team.example", user: "disk-full")
        await browser.type("s3cr3t")
        await browser.press(.enter)
        #expect(browser.state.accounts.form?.problem == "the accounts file could not be written")
        #expect(browser.state.accounts.form?.focused == .secret)
        #expect(browser.grid.text.contains("Name    team"))
    }

    /// A site `SiteAddress` refuses (here for its port) or a name in use is refused on the first save, with the focus on the field to fix and
    /// every row of the form still in view.
    @Test func theFirstSaveFindsTheFieldAtFault() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager, width: 80, height: 24)
        await fillNewAccount(browser, name: "team", site: "localhost:99999", user: "me")
        await browser.press(.enter)
        #expect(browser.state.accounts.form?.focused == .site)
        #expect(browser.state.accounts.form?.problem == "invalid site: the port 99999 of https://localhost:99999 is not one from 1 to 65535")
        #expect(browser.grid.text.contains("Name    team"), "the name row stays in the dialog")
        Snapshot.assert(browser.grid, named: "accounts-form-fault-80x24")
        #expect(manager.calls.isEmpty, "nothing is sent while a field is at fault")
        await browser.press(.ctrl("u"))
        await browser.type("https://team.example")
        await browser.press(.backTab, .ctrl("u"))
        await browser.type("work")
        await browser.press(.tab, .tab, .tab, .tab, .tab, .enter)
        #expect(browser.state.accounts.form?.focused == .name)
        #expect(browser.state.accounts.form?.problem?.hasPrefix("an account named work already exists") == true)
        #expect(manager.calls.isEmpty)
    }

    @Test func editTestAndRemoveWithAConfirm() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        await browser.press(.char("j"), .char("t"))
        #expect(manager.calls == ["test work"])
        #expect(browser.state.accounts.lastTests["work"]?.ok == false)
        #expect(browser.state.accounts.list.items.map(\.detail) == ["demo", "failed · default · https://work.example"])
        #expect(browser.state.status.lastError?.message == "work: no secret is stored for work")
        await browser.press(.char("R"))
        #expect(browser.state.accounts.form?.original == "work")
        #expect(browser.state.accounts.form?.focused == .site, "an edit starts on the site: the name is not editable")
        #expect(!browser.grid.text.contains("Left/Right choose"), "on a text field Left/Right move the cursor")
        await browser.press(.tab)
        #expect(browser.state.accounts.form?.focused == .authKind && browser.grid.text.contains("Left/Right choose"))
        await browser.press(.backTab)
        await browser.press(.backTab)
        #expect(browser.state.accounts.form?.focused == .secret, "Shift-Tab from the site wraps past the name, which an edit keeps")
        await browser.press(.tab)
        #expect(browser.state.accounts.form?.focused == .site, "Tab wraps past it too")
        await browser.press(.backTab)
        await browser.type("new-token")
        await browser.press(.enter)
        #expect(manager.calls.last == "save work")
        #expect(browser.state.status.lastError == nil, "the saved account supersedes the failed test's error")
        await browser.press(.char("t"))
        #expect(browser.state.accounts.lastTests["work"]?.ok == true)
        #expect(browser.state.status.notice == "work: signed in as Alice on work")
        await browser.press(.char("k"), .char("j"))
        #expect(browser.grid.text.contains("last test 2023-11-14 22:13 UTC: signed in as Alice on work"),
                "the selected account's last test shows in the status line")
        browser.resize(width: 60, height: 20)
        #expect(browser.grid.text.contains("e whole message"), "cut at 60 columns, it is offered whole")
        await browser.press(.char("e"))
        #expect(browser.state.overlay == .notice("last test 2023-11-14 22:13 UTC: signed in as Alice on work"))
        await browser.press(.escape)
        browser.resize(width: 120, height: 40)
        await browser.press(.char("x"))
        #expect(browser.grid.text.contains("Remove the account work"))
        await browser.press(.escape)
        #expect(browser.state.accounts.accounts.count == 2)
        await browser.press(.char("x"), .char("r"))
        #expect(browser.state.accounts.accounts.count == 2, "r, the action's first letter, does not remove: only y does")
        await browser.press(.char("y"))
        #expect(manager.calls.last == "remove work")
        #expect(browser.state.accounts.accounts.map(\.name) == ["demo"])
        #expect(browser.state.status.notice == "Removed the account work.")
    }

    /// The pane marks the default account; removing it says which account commands use now.
    @Test func removingTheDefaultNamesTheNextOne() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me"),
                                                    AccountForm(name: "home", site: "https://home.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        #expect(browser.state.accounts.list.items.map(\.detail) == ["demo", "default · https://work.example", "https://home.example"])
        await browser.press(.char("j"), .char("x"), .char("y"))
        #expect(manager.calls.last == "remove work")
        #expect(browser.state.status.notice == "Removed the account work. home is the default now.")
        #expect(browser.state.accounts.list.items.map(\.detail) == ["demo", "default · https://home.example"])
        await browser.press(.char("j"), .char("x"), .char("y"))
        #expect(manager.calls.last == "remove home")
        #expect(browser.state.status.notice == "Removed the account home.", "no account is left to be the default")
    }

    /// Removing the account in use keeps it listed, marked, until another account is opened; it is never a ghost that `t` and
    /// `x` call unknown.
    @Test func theAccountInUseStaysMarkedWhenRemovedUntilAnotherIsOpened() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me"),
                                                    AccountForm(name: "home", site: "https://home.example", authKind: "cloud_basic", user: "me")])
        let browser = await browserOnWork(manager)
        await browser.press(.backTab, .char("x"), .char("y"))
        #expect(manager.calls == ["remove work"])
        #expect(browser.state.accounts.list.items.map(\.title) == ["● work", "  home"])
        #expect(browser.state.accounts.list.items.first?.detail == "removed · open until you switch")
        await browser.press(.char("t"))
        #expect(browser.state.status.notice == "work was removed from the configuration; it stays open until you open another account.")
        await browser.press(.char("j"), .enter)
        #expect(browser.state.accounts.list.items.map(\.title) == ["● home"])
        #expect(browser.state.accounts.active?.name == "home")
    }

    /// The account in use, removed while open, saves no definition: one naming it would have no account from the start.
    @Test func theBuilderSavesNothingOnAnAccountRemovedWhileOpen() async throws {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://example.atlassian.net", authKind: "cloud_basic", user: "me")])
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     connect: { _ in FixtureBackend() }, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.backTab, .char("x"), .char("y"), .tab, .char("f"), .char("s"))
        let builder = try #require(browser.state.builder)
        #expect(builder.namePrompt == nil)
        #expect(builder.saveProblem?.hasPrefix("The account work was removed, so a definition saved on it would have no account") == true,
                "\(builder.saveProblem ?? "no problem said")")
    }

    /// An account removed or moved to another site by another process saves no definition: it would be broken from the start.
    @Test func theBuilderSavesNothingOnAnAccountChangedElsewhere() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-elsewhere-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://example.atlassian.net", authKind: "cloud_basic", user: "me")])
        let options = BrowserOptions(accounts: [templateAccount], previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     definitionStore: store, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        manager.removeElsewhere("work")
        await browser.press(.char("f"), .char("s"))
        await browser.type("runbooks")
        await browser.press(.enter)
        #expect(browser.state.builder?.saveProblem?.hasPrefix("Not saved: the account work is no longer configured (it was removed elsewhere)") == true,
                "\(browser.state.builder?.saveProblem ?? "saved")")
        #expect(try store.list().definitions.isEmpty)
        try await manager.save(AccountForm(name: "work", site: "https://moved.example", authKind: "cloud_basic", user: "me", secret: "t"), replacing: nil)
        await browser.press(.enter)
        #expect(browser.state.builder?.saveProblem?.hasPrefix("Not saved: the account work now names https://moved.example/wiki (it was edited elsewhere)") == true,
                "\(browser.state.builder?.saveProblem ?? "saved")")
        #expect(try store.list().definitions.isEmpty)
    }

    /// The account in use, removed and added again under its name, is connected to anew: the panes read what the name now
    /// holds, not the site it had.
    @Test func theAccountInUseAddedAgainAfterItsRemovalIsConnectedTo() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browserOnWork(manager)
        await browser.press(.backTab, .char("x"), .char("y"))
        await fillNewAccount(browser, name: "work", site: "https://dc.example/confluence", user: nil, kindSteps: 1)
        await browser.type("token")
        await browser.press(.enter)
        #expect(manager.calls == ["remove work", "save new"])
        #expect(browser.state.status.notice == nil && browser.state.status.lastError == nil, "\(browser.state.status)")
    }

    /// An edit that moves an account to another site names its definitions left on the old one, and how to move them.
    @Test func anEditThatMovesTheSiteNamesTheDefinitionsLeftBehind() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-moved-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        let form = AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")
        var component = ConfluenceDataSource(serverURL: "https://work.example/wiki", authenticationMechanism: .basic, userName: "me")
        component.select(.label("runbook"))
        try await store.save(DataSourceDefinition(name: "runbooks", account: "work", component: component))
        let manager = FakeAccountManager(accounts: [form])
        let options = BrowserOptions(accounts: [Account(name: "demo", detail: "demo")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) }, definitionStore: store, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        // Enter steps from the site through the fields and saves after the secret.
        await browser.press(.backTab, .char("j"), .char("R"), .enter, .enter, .enter, .enter, .enter)
        #expect(browser.state.status.notice == "Saved the account work.", "the same site and user leave its definitions as they were")
        await browser.press(.char("R"), .ctrl("u"))
        await browser.type("https://moved.example")
        await browser.press(.enter, .enter, .enter, .enter, .enter)
        #expect(browser.state.status.notice == "Saved the account work. 1 definition of it still reads its old site or user (runbooks): "
                + "open it, then s in the definitions (d) saves it again.", "\(browser.state.status)")
    }

    /// A definition whose account was removed says so, in its details and when it is counted, rather than advising to
    /// open an account that is not there.
    @Test func aDefinitionOfARemovedAccountSaysSo() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-removed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        var component = try #require(templateAccount.sourceTemplate)
        component.select(.label("runbook"))
        try await store.save(DataSourceDefinition(name: "runbooks", account: "gone", component: component))
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let options = BrowserOptions(accounts: [Account(name: "work", detail: "https://work.example")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) }, definitionStore: store, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.char("d"))
        #expect(browser.grid.text.contains("account gone (removed) · "), "\(browser.grid.text)")
        await browser.press(.char("p"))
        #expect(browser.state.status.lastError?.message.hasPrefix("runbooks selects pages on account gone, which was removed") == true,
                "\(browser.state.status.lastError?.message ?? "")")
    }

    /// Removing an account names the saved definitions that use it before it is confirmed, as removing it leaves them
    /// without one.
    @Test func removingAnAccountNamesTheDefinitionsThatUseIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ctui-users-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DefinitionStore(directory: directory)
        var component = try #require(templateAccount.sourceTemplate)
        for (name, account) in [("runbooks", "work"), ("handbook", "work"), ("elsewhere", "home")] {
            component.select(.label(name))
            try await store.save(DataSourceDefinition(name: name, account: account, component: component))
        }
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me"),
                                                    AccountForm(name: "home", site: "https://home.example", authKind: "cloud_basic", user: "me")])
        let options = BrowserOptions(accounts: [Account(name: "demo", detail: "demo")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) }, definitionStore: store, accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.backTab, .char("j"), .char("x"))
        let dialog = try #require(browser.state.accounts.confirmRemove)
        #expect(dialog.name == "work")
        #expect(dialog.dialog.body == ["Remove the account work and its stored secrets?",
                                       "2 saved definitions name it: handbook, runbooks. They stay, marked (removed), until saved again on an account that exists."])
        #expect(browser.grid.text.contains("handbook, runbooks"), "\(browser.grid.text)")
        await browser.press(.escape, .char("j"), .char("x"))
        #expect(browser.state.accounts.confirmRemove?.dialog.body.last == "1 saved definition names it: elsewhere. It stays, marked (removed), until saved again on an account that exists.")
        await browser.press(.char("y"))
        #expect(manager.calls.last == "remove home")
    }

    /// A test that takes a while counts its seconds in the status line, and Esc stops it rather than only hiding it.
    @Test func aSlowTestCountsItsSecondsAndEscStopsIt() async throws {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "slow", site: "https://slow.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        await browser.press(.char("j"))
        await browser.press(.char("t"), settle: false)
        #expect(await browser.wait(until: { _ in manager.calls == ["test slow"] }))
        // The runtime's own ticks may already have counted a second on a busy machine.
        #expect(browser.grid.text.contains(try Regex("testing slow… [01] s, Esc stops")))
        browser.driver.send(.tick(milliseconds: browser.state.clock + 1))
        let started = try #require(browser.state.accounts.testing["slow"]?.startedAt, "the first tick after the press starts the count")
        browser.driver.send(.tick(milliseconds: started + 3_400))
        #expect(browser.grid.text.contains("testing slow… 3 s, Esc stops"), "status line: \(browser.grid.text.split(separator: "\n").last ?? "")")
        await browser.press(.escape, settle: false)
        #expect(browser.state.accounts.testing.isEmpty)
        #expect(browser.state.status.notice == "Stopped testing slow.")
        await browser.settle()
        #expect(manager.calls == ["test slow", "test slow stopped"])
        #expect(browser.state.accounts.lastTests["slow"] == nil, "a stopped test records no outcome")
        #expect(browser.state.status.lastError == nil)
    }

    /// An account removed here and added back elsewhere is found again when the pane is asked about it.
    @Test func anAccountAddedBackElsewhereIsFoundWhenAskedAbout() async throws {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browserOnWork(manager)
        await browser.press(.backTab, .char("x"), .char("y"))
        #expect(browser.state.accounts.removedWhileOpen == "work")
        try await manager.save(AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me", secret: "t"), replacing: nil)
        await browser.press(.char("t"))
        #expect(browser.state.accounts.removedWhileOpen == nil, "the accounts were read again")
        await browser.press(.char("t"))
        #expect(manager.calls.last == "test work")
    }

    /// The edit form opens on the account as stored now, so saving it never puts back values another process replaced.
    @Test func theEditFormOpensOnTheAccountAsStoredNow() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        manager.editElsewhere("work", user: "changed@example.com")
        await browser.press(.char("j"), .char("R"))
        #expect(browser.state.accounts.form?.inputs[.user]?.text == "changed@example.com")
        await browser.press(.escape)
        manager.removeElsewhere("work")
        await browser.press(.char("R"))
        #expect(browser.state.accounts.form == nil)
        #expect(browser.state.status.notice == "work is no longer configured: it was removed elsewhere.")
    }

    /// An account removed by another process is dropped from the pane once an operation on it fails.
    @Test func aFailedTestReadsTheAccountsAgain() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "gone", site: "https://gone.example", authKind: "cloud_basic", user: "me")])
        let browser = await browser(manager)
        #expect(browser.state.accounts.accounts.map(\.name) == ["demo", "gone"])
        manager.removeElsewhere("gone")
        await browser.press(.char("j"), .char("t"))
        #expect(browser.state.status.lastError?.message.hasPrefix("gone: ") == true)
        #expect(browser.state.accounts.accounts.map(\.name) == ["demo"], "the pane shows what the file holds now")
    }

    /// A plain-http site on another machine is saved (an internal server may offer nothing else), and the notice says
    /// the secret would cross the network unencrypted; a loopback one (an emulator) is not warned about.
    @Test func aPlainHTTPSiteIsSavedWithAWarning() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager)
        await fillNewAccount(browser, name: "lan", site: "http://wiki.lan:8090", user: nil, kindSteps: 1)
        await browser.type("token")
        await browser.press(.enter)
        #expect(manager.calls == ["save new"])
        #expect(browser.state.status.notice?.hasPrefix("Saved the account lan. Note: http://wiki.lan:8090 is plain http: the secret") == true)
        await fillNewAccount(browser, name: "emu", site: "http://127.0.0.1:8090", user: nil, kindSteps: 1)
        await browser.type("token")
        await browser.press(.enter)
        #expect(browser.state.status.notice == "Saved the account emu.")
    }

    /// Editing the account in use connects to it again, so the new site or secret is what the next load uses; editing
    /// another account leaves the open one alone.
    @Test func savingTheAccountInUseConnectsToItAgain() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "cloud_basic", user: "me"),
                                                    AccountForm(name: "home", site: "https://home.example", authKind: "cloud_basic", user: "me")])
        let reconnected = FixtureBackend(spaces: [SpaceSummary(key: "NEW", name: "Through the new connection")])
        let options = BrowserOptions(accounts: [Account(name: "work", detail: "https://work.example")], previewDelayMilliseconds: 0,
                                     openURL: { .showURL($0) },
                                     connect: { account throws(BackendError) in
                                         guard account.name == "work" else { throw BackendError(message: "unexpected \(account.name)") }
                                         return reconnected
                                     },
                                     accountManager: manager)
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.backTab, .char("j"), .char("R"), .tab, .tab, .tab, .tab)
        await browser.type("home-token")
        await browser.press(.enter)
        #expect(manager.calls == ["save home"])
        #expect(reconnected.calls.isEmpty, "another account's edit does not reconnect")
        #expect(browser.state.status.notice == "Saved the account home.")
        await browser.press(.char("k"), .char("R"), .tab, .tab, .tab, .tab)
        await browser.type("work-token")
        await browser.press(.enter)
        #expect(manager.calls == ["save home", "save work"])
        #expect(reconnected.calls == ["spaces"], "the spaces load again through the new connection")
        #expect(browser.state.accounts.active?.name == "work" && browser.state.accounts.switching == nil)
        #expect(browser.state.spaces.list.items.map(\.id) == ["NEW"])
    }

    @Test func withoutAManagerThePaneSaysWhy() async {
        var h = ReducerHarness()
        h.loadSpaces()
        h.press(.backTab, .char("a"))
        #expect(h.state.accounts.form == nil)
        #expect(h.state.status.notice?.contains("not in the demo") == true)
    }

    @Test func theFormAndTheTestedPaneAtEverySize() async {
        // On the two shortest screens the form scrolls to the focused field, below the hints' row.
        for (width, height) in [(120, 40), (80, 24), (40, 12), (30, 8), (20, 6)] {
            let manager = FakeAccountManager(accounts: [AccountForm(name: "work 🚀", site: "https://work.example", authKind: "cloud_basic", user: "me")])
            let browser = await browser(manager, width: width, height: height)
            await browser.press(.char("j"), .char("t"))
            Snapshot.assert(browser.grid, named: "accounts-tested-\(width)x\(height)")
            await browser.press(.char("R"), .tab, .tab, .tab, .tab)
            await browser.type("abc")
            Snapshot.assert(browser.grid, named: "accounts-form-\(width)x\(height)")
        }
    }

    @Test func aSecretCanComeFromAnEnvironmentVariableOrACommandShownInTheClear() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager)
        await fillNewAccount(browser, name: "ci", site: "https://ci.example", user: "bot@example.com")
        await browser.type("typed-secret")
        await browser.press(.backTab, .right, .tab)
        #expect(browser.grid.text.contains("‹ environment variable ›") && browser.grid.text.contains("Env var"))
        #expect(browser.state.accounts.form?.inputs[.secret]?.text == "", "a new origin empties the field, so a typed secret is never shown")
        await browser.type("CI_TOKEN")
        #expect(browser.grid.text.contains("CI_TOKEN"), "a variable name is not a secret")
        await browser.press(.enter)
        #expect(manager.calls == ["save new"])
        #expect(manager.secret(of: "ci") == nil)
        let saved = browser.state.accounts.forms["ci"]
        #expect(saved?.secretOrigin == .environment && saved?.secretReference == "CI_TOKEN")

        await browser.press(.char("G"), .char("R"), .tab, .tab, .tab)
        #expect(browser.state.accounts.form?.inputs[.secret]?.text == "CI_TOKEN", "an edit starts from the stored variable name")
        await browser.press(.right, .tab)
        #expect(browser.grid.text.contains("Command"))
        await browser.type("pass show ci-token")
        await browser.press(.enter)
        #expect(browser.state.accounts.forms["ci"]?.secretOrigin == .command)
        #expect(browser.state.accounts.forms["ci"]?.secretReference == "pass show ci-token")
        #expect(!String(describing: browser.state.accounts.forms["ci"] as Any).contains("typed-secret"))
    }

    @Test func anOAuthAccountsUserFieldHoldsItsClientId() async {
        let manager = FakeAccountManager()
        let browser = await browser(manager)
        await fillNewAccount(browser, name: "app", site: "https://app.example", user: "client-123", kindSteps: 2)
        #expect(browser.grid.text.contains("Client  client-123"))
        #expect(!browser.grid.text.contains("User    client-123"))
        await browser.press(.enter)
        #expect(browser.state.accounts.forms["app"]?.authKind == "oauth_3lo")
        #expect(browser.state.accounts.forms["app"]?.user == "client-123")
    }

    /// A browser with the OAuth account `work` selected.
    private func oauthBrowser() async -> (FakeAccountManager, HeadlessBrowser) {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "oauth_3lo")])
        let browser = await browser(manager)
        await browser.press(.char("j"))
        return (manager, browser)
    }

    /// Presses `L` and waits until the login shows its address.
    private func startLogin(_ browser: HeadlessBrowser) async {
        await browser.press(.char("L"), settle: false)
        #expect(await browser.wait(until: { $0.accounts.login?.url != nil }))
    }

    @Test func anOAuthLoginShowsTheAddressAndEndsWhenTheBrowserComesBack() async {
        let (manager, browser) = await oauthBrowser()
        await startLogin(browser)
        #expect(browser.grid.text.contains("Log in work") && browser.grid.text.contains("https://auth.example/authorize?client_id=work"))
        await browser.press(.char("y"), .char("j"), settle: false)
        #expect(await browser.wait(until: { $0.status.notice?.contains("login address") == true }))
        #expect(browser.copied == ["https://auth.example/authorize?client_id=work"])
        #expect(browser.state.accounts.list.selectedID == 1, "keys other than y, Enter and Esc do nothing while the login waits")
        manager.completeLogin(succeeding: true)
        await browser.settle()
        #expect(browser.state.accounts.login == nil)
        #expect(browser.state.status.notice == "Signed in: work now reads Work through the API gateway.")
        #expect(!browser.grid.text.contains("Log in work"))
        #expect(manager.calls == ["login work"])
    }

    @Test func aRefusedLoginIsReportedAndEscCancelsAWaitingOne() async {
        let (manager, browser) = await oauthBrowser()
        await startLogin(browser)
        manager.completeLogin(succeeding: false)
        await browser.settle()
        #expect(browser.state.accounts.login == nil)
        #expect(browser.state.status.lastError?.message == "work: the login was refused: state mismatch")

        await startLogin(browser)
        await browser.press(.escape)
        #expect(browser.state.accounts.login == nil)
        #expect(browser.state.status.notice == "The login of work was cancelled.")
        #expect(manager.calls == ["login work", "login work", "login work stopped"], "Esc stops the waiting login")
    }

    @Test func aTokenForSeveralSitesAsksWhichOneAndEscStopsTheChoice() async {
        let manager = FakeAccountManager(accounts: [AccountForm(name: "work", site: "https://work.example", authKind: "oauth_3lo")],
                                         grantedSites: ["Work · https://work.example", "Lab · https://lab.example"])
        let browser = await browser(manager)
        await browser.press(.char("j"))
        await startLogin(browser)
        manager.completeLogin(succeeding: true)
        #expect(await browser.wait(until: { $0.accounts.login?.sites.count == 2 }))
        Snapshot.assert(browser.grid, named: "accounts-login-sites-120x40")
        #expect(browser.grid.text.contains("[x] Work · https://work.example") && browser.grid.text.contains("[ ] Lab · https://lab.example"))
        await browser.press(.char("j"), .enter, settle: false)
        #expect(await browser.wait(until: { $0.accounts.login == nil }))
        #expect(browser.state.status.notice == "Signed in: work now reads Lab · https://lab.example through the API gateway.")

        await startLogin(browser)
        manager.completeLogin(succeeding: true)
        #expect(await browser.wait(until: { $0.accounts.login?.sites.isEmpty == false }))
        await browser.press(.escape)
        #expect(browser.state.accounts.login == nil)
        #expect(browser.state.status.notice == "The login of work was cancelled.")
        #expect(await browser.wait(until: { _ in manager.calls.last == "login work stopped" }), "Esc ends the wait for a site")
    }
}
