import BrowserApp
import Testing
import TerminalKit

/// The accounts pane: the active account is marked, and Enter on another connects to it.
@MainActor
struct AccountTests {
    private let accounts = [Account(name: "demo", detail: "demo"), Account(name: "work", detail: "https://work.atlassian.net")]

    @Test func withoutAConnectorEnterExplainsInsteadOfSwitching() {
        var state = AppState(width: 120, height: 40, accounts: accounts)
        _ = state.reduce(.command(.previousPane))
        _ = state.reduce(.key(.char("j")))
        let effects = state.reduce(.key(.enter))
        #expect(effects.isEmpty)
        #expect(state.status.notice?.contains("cannot switch accounts") == true)
        #expect(state.accounts.activeIndex == 0)
    }

    @Test func aStaleOrFailedSwitchKeepsTheCurrentAccount() {
        var state = AppState(width: 120, height: 40, accounts: accounts, canSwitchAccounts: true)
        _ = state.reduce(.command(.previousPane))
        _ = state.reduce(.key(.char("j")))
        guard case .switchAccount(let account, let token)? = state.reduce(.key(.enter)).first, account.name == "work" else {
            Issue.record("expected a switch")
            return
        }
        _ = state.reduce(.accountSwitched(name: "work", token: RequestToken(token.value + 99), .success(())))
        #expect(state.accounts.activeIndex == 0)
        _ = state.reduce(.accountSwitched(name: "work", token: token, .failure(BackendError(message: "401 Unauthorized"))))
        #expect(state.accounts.activeIndex == 0)
        #expect(state.status.lastError?.message == "Could not connect to work: 401 Unauthorized")
    }

    @Test func switchingReloadsEverythingFromTheNewBackend() async {
        let work = FixtureBackend(spaces: [SpaceSummary(key: "WRK", name: "Work space 仕事")])
        let options = BrowserOptions(accounts: accounts, previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     connect: { account throws(BackendError) in
                                         guard account.name == "work" else { throw BackendError(message: "unknown") }
                                         return work
                                     })
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        #expect(browser.state.spaces.list.items.count == 4)
        await browser.press(.backTab, .char("j"), .enter)
        #expect(browser.state.accounts.activeIndex == 1)
        #expect(browser.state.spaces.list.items.map(\.id) == ["WRK"])
        #expect(browser.grid.text.contains("● work"))
        #expect(work.calls == ["spaces"])
    }

    /// Enter on a slow account, then on a fast one: the fast one's backend stays, even though the slow
    /// connection finishes last.
    @Test func aNewerSwitchWinsOverAnOlderOneThatFinishesLater() async {
        let slow = FixtureBackend(spaces: [SpaceSummary(key: "SLW", name: "Slow")])
        let fast = FixtureBackend(spaces: [SpaceSummary(key: "FST", name: "Fast")])
        let three = accounts + [Account(name: "fast", detail: "https://fast.atlassian.net")]
        let options = BrowserOptions(accounts: three, previewDelayMilliseconds: 0, openURL: { .showURL($0) },
                                     connect: { account throws(BackendError) in
                                         if account.name == "fast" { return fast }
                                         try? await Task.sleep(for: .milliseconds(300))
                                         return slow
                                     })
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.backTab, .char("j"))
        await browser.press(.enter, .char("j"), .enter, settle: false)
        try? await Task.sleep(for: .milliseconds(500))
        await browser.settle()
        await browser.press(.char("r"))
        #expect(browser.state.accounts.active?.name == "fast")
        #expect(browser.state.spaces.list.items.map(\.id) == ["FST"])
        #expect(slow.calls.isEmpty, "the superseded account's backend was never used")
    }
}
