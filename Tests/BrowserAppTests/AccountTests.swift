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
        guard case .switchAccount(1, _, let token)? = state.reduce(.key(.enter)).first else {
            Issue.record("expected a switch")
            return
        }
        _ = state.reduce(.accountSwitched(index: 1, token: RequestToken(token.value + 99), .success(())))
        #expect(state.accounts.activeIndex == 0)
        _ = state.reduce(.accountSwitched(index: 1, token: token, .failure(BackendError(message: "401 Unauthorized"))))
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
}
