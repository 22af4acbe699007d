import Foundation
import Testing
@testable import ConfluenceEmulator

/// Follows v1/DC `_links.next` (relative to `_links.base`) and gathers results.
struct RestPager {
    let probe = HTTPProbe()
    let credential: TestCredential

    func collect(_ server: EmulatorServer, _ path: String, resultsKey: String = "results")
        async throws -> (results: [[String: Any]], pages: Int, bodies: [[String: Any]]) {
        var next: String? = server.url(path)
        var results: [[String: Any]] = []
        var bodies: [[String: Any]] = []
        while let current = next, bodies.count < 200 {
            let reply = try await probe.send(current, credential: credential)
            #expect(reply.status == 200, "\(current): \(reply.text.prefix(300))")
            let body = try reply.object()
            bodies.append(body)
            results += body[resultsKey] as? [[String: Any]] ?? []
            let links = body["_links"] as? [String: Any]
            next = (links?["next"] as? String).map { ((links?["base"] as? String) ?? "") + $0 }
        }
        return (results, bodies.count, bodies)
    }
}
