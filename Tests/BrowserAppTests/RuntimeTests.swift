import BrowserApp
import Testing
import TerminalKit

/// The effect runner and the real loop, with the fixture backend.
@MainActor
struct RuntimeTests {
    @Test func aSupersededPageLoadIsCancelled() async throws {
        let backend = FixtureBackend()
        backend.delay("page 1", milliseconds: 2_000)
        let browser = HeadlessBrowser(backend: backend, width: 120, height: 40)
        await browser.settle()
        await browser.press(.enter, settle: false)
        // Wait for the roots and the start of the first page load, then move on.
        let deadline = ContinuousClock.now + .seconds(10)
        while !backend.calls.contains("page 1"), ContinuousClock.now < deadline {
            browser.driver.drainResults()
            try? await Task.sleep(for: .milliseconds(1))
        }
        try #require(backend.calls.contains("page 1"))
        await browser.press(.char("j"))
        #expect(browser.state.preview.page?.id == "2")
        #expect(backend.cancelled == ["page 1"])
    }

    @Test func copyAndOpenReachTheirServices() async {
        let browser = HeadlessBrowser(backend: FixtureBackend(), width: 80, height: 24)
        await browser.settle()
        await browser.press(.enter, .char("y"), .char("o"))
        #expect(browser.copied == ["https://example.atlassian.net/wiki/spaces/ENG/pages/1"])
        #expect(browser.state.overlay == .message(title: "Page URL", body: "https://example.atlassian.net/wiki/spaces/ENG/pages/1"))
        #expect(browser.grid.text.contains("https://example.atlassian.net/wiki/spaces/ENG/pages/1"))
    }

    @Test func debouncedPreviewLoadsOnlyWhereTheSelectionStops() async {
        let backend = FixtureBackend()
        let options = BrowserOptions(previewDelayMilliseconds: 50, openURL: { .showURL($0) })
        let browser = HeadlessBrowser(backend: backend, width: 120, height: 40, options: options)
        await browser.settle()
        await browser.press(.enter)
        await browser.press(.char("j"), .char("j"), settle: false)
        await browser.settle()
        #expect(browser.state.preview.page?.id == "3")
        #expect(backend.calls.filter { $0.hasPrefix("page") } == ["page 1", "page 3"], "page 2 was passed over")
    }

    @Test func requestEventsReachTheStatusLine() async {
        let backend = FixtureBackend()
        let browser = HeadlessBrowser(backend: backend, width: 120, height: 40)
        await browser.settle()
        backend.emit(.retryScheduled(requestID: 9, delayMilliseconds: 5_000, reason: "429 Too Many Requests"))
        var seen = false
        let deadline = ContinuousClock.now + .seconds(10)
        while !seen, ContinuousClock.now < deadline {
            browser.driver.drainResults()
            // The countdown may have ticked on a loaded machine before the screen was read.
            let text = browser.grid.text
            seen = text.contains("retrying in ") && text.contains(" s: 429 Too Many Requests")
            try? await Task.sleep(for: .milliseconds(2))
        }
        #expect(seen)
        await browser.press(.char("j"))
        #expect(browser.state.spaces.list.selectedID == "DSN", "keys work while a retry waits")
    }

    @Test func theLoopPlaysAScriptOnAScriptedScreenAndQuits() async {
        let backend = FixtureBackend()
        let screen = ScriptedScreen(width: 80, height: 24, script: [
            .waitForText("Engineering", timeoutMilliseconds: scriptPatience),
            .key(.enter),
            .waitForText("Architecture 架构", timeoutMilliseconds: scriptPatience),
            .key(.char("j")), .key(.enter),
            .waitForText("Diagrams/", timeoutMilliseconds: scriptPatience),
            .key(.char("j")), .key(.enter),
            .waitForText("Sequence 序列図", timeoutMilliseconds: scriptPatience),
            .key(.char("j")),
            .waitForText("Body of page 211", timeoutMilliseconds: scriptPatience),
            .resize(width: 40, height: 12),
            .waitForText("Sequence 序列図", timeoutMilliseconds: scriptPatience),
            .resize(width: 120, height: 40),
            .waitForText("Accounts", timeoutMilliseconds: scriptPatience),
            .key(.char("/")), .text("seq"),
            .waitForText("/seq 1 of", timeoutMilliseconds: scriptPatience),
            .key(.enter),
            .waitForText("Space mark", timeoutMilliseconds: scriptPatience),
            .key(.char("q")),
        ])
        let options = BrowserOptions(previewDelayMilliseconds: 0, openURL: { .showURL($0) })
        let state = await BrowserApp.run(screen: screen, backend: backend, options: options)
        #expect(screen.failedWait == nil)
        #expect(state.isFinished)
        #expect(state.tree.selectedNodeID == "211", "the selection survives both resizes")
        #expect(screen.lastFrame?.width == 120)
        #expect(screen.timings.count >= 10)
        #expect(screen.firstFrameAfter != nil)
    }

    @Test func aScriptWaitThatTimesOutClosesTheScreen() async {
        let screen = ScriptedScreen(width: 80, height: 24, script: [.waitForText("never shown", timeoutMilliseconds: 50)])
        let options = BrowserOptions(openURL: { .showURL($0) })
        let state = await BrowserApp.run(screen: screen, backend: FixtureBackend(), options: options)
        #expect(screen.failedWait == "never shown")
        #expect(!state.isFinished)
        #expect(!screen.isOpen)
    }
}

/// Ticks move spinners only while something loads.
struct TickTests {
    @Test func spinnersAdvanceWhileLoadingAndStopAfter() {
        var h = ReducerHarness()
        guard case .loadSpaces(let token)? = h.send(.start).first else { Issue.record("the expected effect did not come"); return }
        h.send(.tick(milliseconds: 100))
        h.send(.tick(milliseconds: 200))
        #expect(h.state.spinnerFrame == 2)
        h.send(.spacesLoaded(token: token, .success(Fixture.spaces)))
        h.send(.tick(milliseconds: 300))
        #expect(h.state.spinnerFrame == 2)
        #expect(h.state.clock == 300)
    }
}
