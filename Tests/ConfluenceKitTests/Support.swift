import Foundation
import Testing
@testable import ConfluenceKit

/// Shared fixtures: sites, credentials whose secrets tests search for, and a client over an in-memory transport.
enum Fixture {
    static let apiToken = "ATATT-secret-token-0123456789"
    static let pat = "PAT-secret-NjQ5MDg3NTQ1"
    static let password = "hunter2-secret"
    static let secrets = [apiToken, pat, password]

    static let cloud = try! Site.detect("https://acme.atlassian.net")
    static let dataCenter = try! Site.detect("https://dc.example.com/confluence")
    static let cloudCredential = Credential.apiToken(email: "me@example.com", token: apiToken)
    static let dcCredential = Credential.personalAccessToken(pat)

    /// `Basic base64(me@example.com:token)`.
    static var cloudAuthorization: String {
        "Basic " + Data("me@example.com:\(apiToken)".utf8).base64EncodedString()
    }

    static var dcAuthorization: String { "Bearer " + pat }

    struct Harness {
        let client: ConfluenceClient
        let transport: InMemoryTransport
        let clock: VirtualClock
    }

    /// A client for `site` whose transport asks `handler`; virtual clock, seeded jitter.
    static func harness(
        site: Site = cloud,
        credential: Credential? = nil,
        configure: (inout ClientConfiguration) -> Void = { _ in },
        handler: @escaping InMemoryTransport.Handler
    ) -> Harness {
        let clock = VirtualClock()
        var configuration = ClientConfiguration(clock: clock, jitterSeed: 42)
        configure(&configuration)
        let transport = InMemoryTransport { request in
            if request.url.path.hasSuffix(sentinelPath) { return HTTPResponse(status: 200, text: "{}") }
            return try await handler(request)
        }
        let credential = credential ?? (site.kind == .cloud ? cloudCredential : dcCredential)
        let client = ConfluenceClient(site: site, credential: credential, transport: transport, configuration: configuration)
        return Harness(client: client, transport: transport, clock: clock)
    }

    /// A handler answering each exact target (path and query) with a JSON body; anything else gets a 404 naming it.
    static func routes(_ table: [String: String], headers: [String: HTTPHeaders] = [:]) -> InMemoryTransport.Handler {
        { request in
            guard let body = table[request.target] else {
                return HTTPResponse(status: 404, text: #"{"message":"no route for \#(request.target)"}"#)
            }
            return HTTPResponse(status: 200, headers: headers[request.target] ?? [:], text: body)
        }
    }

    /// The path of the request `collectEvents` uses to know that every earlier event has arrived.
    static let sentinelPath = "/__sentinel"

    /// A JSON response.
    static func json(_ text: String, status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, text: text)
    }
}

extension HTTPRequest {
    /// The query items decoded, for readable assertions.
    var queryItems: [String: String] {
        var items: [String: String] = [:]
        for item in URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? [] {
            items[item.name] = item.value ?? ""
        }
        return items
    }
}

/// Collects the events a client emits while `body` runs (a sentinel request marks the end).
func collectEvents(of client: ConfluenceClient, during body: () async throws -> Void) async throws -> [RequestEvent] {
    let stream = client.events()
    try await body()
    _ = try await client.executor.send(.get, client.site.url(Fixture.sentinelPath))
    var events: [RequestEvent] = []
    for await event in stream {
        if event.target.hasSuffix(Fixture.sentinelPath) {
            if case .finished = event.kind { break }
            continue
        }
        events.append(event)
    }
    return events
}
