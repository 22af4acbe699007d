import ConfluenceEmulator
import ConfluenceKit
import Foundation
import Testing

/// A request's timeout bounds the whole exchange, body included: a server that sends the head at once and then trickles
/// the body fails the request when the time is up instead of holding it for as long as it trickles.
struct BodyDeadlineTests {
    @Test func aTricklingBodyTimesOutAtTheRequestsDeadline() async throws {
        let trickle = FaultRule(.slowBody(chunkBytes: 1, delayMilliseconds: 100), path: "/wiki/api/v2/pages/*")
        try await EmulatedSite.with(.cloud, faults: [trickle]) { emulated in
            let url = emulated.server.siteURL.appendingPathComponent("api/v2/pages/65601")
            let request = HTTPRequest(url: url, headers: ["Authorization": "Basic ZGVtb0BleGFtcGxlLmNvbTpkZW1vLXRva2Vu"], timeout: .seconds(1))
            let clock = ContinuousClock()
            let start = clock.now
            await #expect(throws: TransportError.timeout) { _ = try await AsyncHTTPClientTransport().send(request) }
            #expect(clock.now - start < .seconds(5), "the body's read ends at the deadline, not when the server stops")
        }
    }

    @Test func aSlowBodyWithinTheDeadlineArrivesWhole() async throws {
        let slow = FaultRule(.slowBody(chunkBytes: 400, delayMilliseconds: 20), path: "/wiki/api/v2/pages/*")
        try await EmulatedSite.with(.cloud, faults: [slow]) { emulated in
            let page = try await emulated.client.page(id: "65601")
            #expect(page.id == "65601")
        }
    }
}
