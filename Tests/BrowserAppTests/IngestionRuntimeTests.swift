import BrowserApp
import ConfluenceKit
import Foundation
import Synchronization
import Testing
import TerminalKit

/// The ingestion preview through the real runner and a Confluence backend answered in memory: the full pass runs
/// in its own task, its end is relayed, and Esc stops a pass that is waiting on the network.
@MainActor
struct IngestionRuntimeTests {
    private nonisolated static let routes: [String: String] = [
        "/confluence/rest/api/space": #"{"results":[{"id":1,"key":"ENG","name":"Engineering","type":"global","status":"current"}],"_links":{}}"#,
        "/confluence/rest/api/space/ENG/content/page": #"{"results":[{"id":"10","type":"page","title":"Home"}],"_links":{}}"#,
        "/confluence/rest/api/content/10": #"""
        {"id":"10","type":"page","title":"Home","space":{"key":"ENG","name":"Engineering"},
         "version":{"number":1,"when":"2025-01-02T03:04:05.000Z","by":{"username":"alice"}},
         "body":{"storage":{"value":"<p>Hello ingestion</p>","representation":"storage"}},"ancestors":[],"_links":{}}
        """#,
    ]

    /// A browser on the in-memory site with the overlay open; while `hang` holds, page requests wait until cancelled.
    private func browser(hang: Hang = Hang()) async throws -> HeadlessBrowser {
        let transport = InMemoryTransport { request in
            if hang.isOn, request.url.path.hasSuffix("/content/10") {
                try await Task.sleep(for: .seconds(60))
            }
            guard let body = Self.routes[request.url.path] else { return HTTPResponse(status: 404, text: #"{"message":"none"}"#) }
            return HTTPResponse(status: 200, text: body)
        }
        let client = ConfluenceClient(site: try .dataCenter(URL(string: "https://dc.example.com/confluence")!),
                                      credential: .personalAccessToken("pat"), transport: transport)
        let browser = HeadlessBrowser(backend: ConfluenceBackend(client: client), width: 100, height: 30)
        await browser.settle()
        await browser.press(.enter, .char(" "), .char("f"), .char("P"))   // mark the page, builder, preview
        return browser
    }

    @Test func theFullPassRunsAndItsReportArrives() async throws {
        let browser = try await browser()
        #expect(browser.grid.text.contains("page 10 · 1 page selected"))
        await browser.press(.char("F"))
        let report = try #require(browser.state.ingestion?.pass.report)
        #expect(report.complete && report.pageIDs == ["10"])
        #expect(report.totalCharacters == "Hello ingestion".count)
        #expect(browser.grid.text.contains("Full pass: 1 page · 15 characters"))
    }

    @Test func escStopsAPassWaitingOnTheNetwork() async throws {
        let hang = Hang()
        let browser = try await browser(hang: hang)
        hang.turnOn()
        await browser.press(.char("F"), settle: false)
        #expect(browser.state.ingestion?.pass.pendingToken != nil)
        let started = ContinuousClock.now
        await browser.press(.escape)
        #expect(ContinuousClock.now - started < .seconds(30), "the pass stopped instead of waiting for the network")
        #expect(browser.state.ingestion?.pass == .cancelled(nil, nil) || browser.state.ingestion?.pass.report?.complete == false)
        #expect(browser.grid.text.contains("Cancelled"))
    }
}

/// A switch the in-memory site reads: while on, page requests wait until they are cancelled.
private final class Hang: Sendable {
    private let state = Mutex(false)

    /// Whether requests hang.
    var isOn: Bool { state.withLock { $0 } }

    /// Makes later requests hang.
    func turnOn() { state.withLock { $0 = true } }
}
