import BrowserApp
import Testing
import TerminalKit

/// Failures show where they happened and in the status line, `e` opens them, and retries work.
struct ErrorStateTests {
    @Test func aSpacesFailureShowsInThePaneAndTheStatusLine() {
        var h = ReducerHarness(width: 80, height: 24)
        guard case .loadSpaces(let token)? = h.send(.start).first else { Issue.record("the expected effect did not come"); return }
        h.send(.spacesLoaded(token: token, .failure(BackendError(message: "HTTP 503 Service Unavailable", detail: "The server said 503."))))
        #expect(h.state.spaces.phase == .failed("HTTP 503 Service Unavailable"))
        let text = h.screen
        #expect(text.contains("HTTP 503 Service Unavailable"))
        #expect(text.contains("r retries"))
        #expect(text.components(separatedBy: "\n").last?.contains("Could not load the spaces") == true)
        #expect(text.contains("Spaces ✗") && !text.contains("Spaces 0"), "no count, which would say the site has none:\n\(text)")
        h.press(.char("e"))
        #expect(h.state.overlay == .errorDetail)
        #expect(h.screen.contains("The server said 503."))
        h.press(.escape)
        #expect(h.state.overlay == nil)
        guard case .loadSpaces(let retry)? = h.press(.char("r")).first else {
            Issue.record("r retries the spaces")
            return
        }
        h.send(.spacesLoaded(token: retry, .success(Fixture.spaces)))
        #expect(h.state.spaces.list.items.count == 4)
    }

    @Test func aChildrenFailureShowsAnErrorRowThatEnterRetries() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        guard case .loadChildren(_, _, _, let token)? = h.press(.enter).first(where: { if case .loadChildren = $0 { true } else { false } }) else { Issue.record("Enter loaded no children: \(h.effects)"); return }
        h.send(.childrenLoaded(nodeID: "1", token: token, .failure(BackendError(message: "HTTP 500"))))
        #expect(h.screen.contains("✗ HTTP 500"))
        #expect(h.state.status.lastError?.message == "Could not load the children of \"Getting started\": HTTP 500")
        h.press(.char("j"))
        #expect(h.state.tree.model.selectedRow?.nodeID == nil, "the error row is selectable")
        let retry = h.press(.enter)
        #expect(retry.contains { if case .loadChildren("1", _, _, _) = $0 { true } else { false } })
        h.answer(retry)
        #expect(h.treeTitles.contains("Install 安装"))
    }

    @Test func aPageFailureShowsInThePreview() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.openSpace()
        guard let load = h.pageLoads.first else { Issue.record("no page load: \(h.effects)"); return }
        h.send(.pageLoaded(pageID: load.id, token: load.token, .failure(BackendError(message: "HTTP 404 Not Found"))))
        #expect(h.screen.contains("✗ HTTP 404 Not Found"))
        h.press(.tab)
        let reload = h.press(.char("r"))
        #expect(reload.contains { if case .loadPage("1", _, 0) = $0 { true } else { false } })
        h.answer(reload)
        #expect(h.state.preview.page?.id == "1")
    }

    @Test func aPageLoadThatSucceedsLaterTakesTheErrorOffTheStatusLine() {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        guard let load = h.pageLoads.first else { Issue.record("no page load: \(h.effects)"); return }
        h.send(.pageLoaded(pageID: load.id, token: load.token, .failure(BackendError(message: "the connection was refused", detail: "Refused."))))
        var footer: String { h.screen.components(separatedBy: "\n").last ?? "" }
        #expect(footer.contains("Could not load the page"))
        h.press(.tab)
        h.answer(h.press(.char("r")))
        #expect(h.state.preview.page?.id == "1")
        #expect(!footer.contains("Could not load the page"), "the site recovered: \(footer)")
        #expect(footer.contains("/ search"), "the key hints are back: \(footer)")
        h.press(.char("e"))
        #expect(h.state.overlay == .errorDetail, "e still shows the last error")
        #expect(h.screen.contains("Refused."))
        #expect(h.screen.contains("A page has loaded since."), "and says it is history")
    }

    /// ENG open at 80x24 with the children of its first page failed (HTTP 500).
    private func failedChildren() -> ReducerHarness? {
        var h = ReducerHarness(width: 80, height: 24)
        h.loadSpaces()
        h.openSpace()
        guard case .loadChildren(_, _, _, let token)? = h.press(.enter).first(where: { if case .loadChildren = $0 { true } else { false } }) else {
            Issue.record("Enter loaded no children: \(h.effects)")
            return nil
        }
        h.send(.childrenLoaded(nodeID: "1", token: token, .failure(BackendError(message: "HTTP 500"))))
        return h
    }

    @Test func aSuccessOfAnotherKindOfLoadLeavesTheErrorShown() {
        guard var h = failedChildren() else { return }
        h.answer(h.press(.char("j"), .char("j")))
        #expect(h.state.preview.page != nil)
        #expect(h.screen.components(separatedBy: "\n").last?.contains("Could not load the children") == true)
    }

    /// A status line too narrow for the error keeps `e error` and `? help`, cutting the error instead, down to 40 columns.
    @Test func aNarrowLineWithAnErrorKeepsTheHelp() {
        guard var h = failedChildren() else { return }
        for width in [59, 50, 40] {
            h.send(.resize(width: width, height: 24))
            let footer = h.screen.components(separatedBy: "\n").last ?? ""
            #expect(footer.hasPrefix("e error  ? help   ") && footer.contains("Could not"), "at \(width) columns:\n\(footer)")
        }
    }

    /// Esc in a pane dismisses the error from the status line; `e` still shows it whole.
    @Test func escDismissesTheErrorAndEStillShowsIt() {
        guard var h = failedChildren() else { return }
        h.press(.escape)
        #expect(h.state.focus == .spaces, "Esc still goes back a pane")
        #expect(h.screen.components(separatedBy: "\n").last?.contains("Could not load the children") == false)
        h.press(.char("e"))
        #expect(h.screen.contains("HTTP 500"))
        #expect(!h.screen.contains("loaded since"), "nothing has")
    }

    /// A refused credential in the spaces pane names the accounts pane's keys that test and edit the account.
    @Test func aRefusedCredentialPointsToTheAccountsPane() {
        var h = ReducerHarness(width: 80, height: 24)
        h.state = AppState(width: 80, height: 24, accounts: [Account(name: "work", detail: "https://example.atlassian.net")],
                           previewDelayMilliseconds: 0, accountAuthKinds: [])
        guard case .loadSpaces(let token)? = h.send(.start).first(where: { if case .loadSpaces = $0 { true } else { false } }) else {
            Issue.record("start did not load the spaces: \(h.effects)")
            return
        }
        h.send(.spacesLoaded(token: token, .failure(BackendError(message: "the API token was refused", refusedCredential: true))))
        #expect(h.state.spaces.phase == .failed("the API token was refused. In the accounts pane, t tests work and R edits it."))
        #expect(h.state.status.lastError?.detail.hasSuffix("\n\nIn the accounts pane, t tests work and R edits it.") == true,
                "e shows where to fix it too, as a narrow pane may cut it")
    }

    @Test func eWithoutAnErrorSaysSo() {
        var h = ReducerHarness()
        h.press(.char("e"))
        #expect(h.state.overlay == nil)
        #expect(h.state.status.notice == "No error to show.")
    }

    /// With no error, `e` shows the status line's message whole even where it fits, rather than adding a sentence to it.
    @Test func eWithoutAnErrorShowsTheRetryWaitItsReadingThen() {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 3000, reason: "429 Too Many Requests (Retry-After)"),
                             atMilliseconds: 0))
        h.press(.char("e"))
        #expect(h.state.overlay == .notice("retrying in 3 s: 429 Too Many Requests (Retry-After)"))
        #expect(h.state.status.notice == nil)
    }

    @Test func retryAfter429ShowsACountdownThatTicksDown() {
        var h = ReducerHarness(width: 120, height: 40)
        h.send(.requestEvent(.started(requestID: 7), atMilliseconds: 500))
        #expect(h.screen.contains("1 request"))
        h.send(.requestEvent(.retryScheduled(requestID: 7, delayMilliseconds: 3000, reason: "429 Too Many Requests"), atMilliseconds: 1000))
        #expect(h.screen.contains("retrying in 3 s: 429 Too Many Requests"))
        h.send(.tick(milliseconds: 2100))
        #expect(h.screen.contains("retrying in 2 s: 429 Too Many Requests"))
        h.send(.requestEvent(.started(requestID: 7), atMilliseconds: 4000))
        #expect(!h.screen.contains("retrying"))
        h.send(.requestEvent(.finished(requestID: 7), atMilliseconds: 4100))
        #expect(h.state.status.inFlight.isEmpty)
        #expect(!h.state.isBusy)
    }

    @Test func theUIStillAnswersKeysWhileARetryWaits() {
        var h = ReducerHarness()
        h.loadSpaces()
        h.send(.requestEvent(.retryScheduled(requestID: 1, delayMilliseconds: 10_000, reason: "429 Too Many Requests"), atMilliseconds: 0))
        h.press(.char("j"))
        #expect(h.state.spaces.list.selectedID == "DSN")
        #expect(h.screen.contains("retrying in 10 s"))
    }
}
