import Foundation
import Testing
@testable import ConfluenceKit

/// Request events report start, scheduled retries, completion and failure.
struct EventTests {
    static let userJSON = #"{"type":"known","accountId":"a1"}"#
    static let notFoundJSON = #"{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}"#

    @Test func aRetriedRequestReportsEachStep() async throws {
        let counter = SecretHygieneTests.Counter()
        let harness = Fixture.harness { _ in
            if await counter.next() == 0 {
                return Fixture.json("{}", status: 429, headers: ["Retry-After": "3"])
            }
            return Fixture.json(Self.userJSON)
        }
        let events = try await collectEvents(of: harness.client) { _ = try await harness.client.currentUser() }
        #expect(events.map(\.kind) == [
            .started(attempt: 1),
            .retryScheduled(delay: .seconds(3), reason: .status(429, retryAfter: true)),
            .started(attempt: 2),
            .finished(status: 200, bytes: Self.userJSON.utf8.count, milliseconds: 3000),
        ])
        #expect(Set(events.map(\.requestID)).count == 1)
        #expect(events.allSatisfy { $0.method == .get && $0.target == "/wiki/rest/api/user/current" })
        #expect(events[1].description == "#\(events[1].requestID) GET /wiki/rest/api/user/current retry in 3 s: 429 Too Many Requests (Retry-After)")
    }

    @Test func aFailedRequestReportsFinishedThenFailedWithTheSentence() async throws {
        let harness = Fixture.harness { _ in Fixture.json(Self.notFoundJSON, status: 404) }
        var thrown: ConfluenceError?
        let events = try await collectEvents(of: harness.client) {
            do { _ = try await harness.client.labels(of: "1").collect() } catch let error as ConfluenceError { thrown = error }
        }
        let error = try #require(thrown)
        #expect(events.map(\.kind).suffix(2) == [.finished(status: 404, bytes: Self.notFoundJSON.utf8.count, milliseconds: 0), .failed(error.description)])
    }

    @Test func latencyShowsInMilliseconds() async throws {
        let clock = VirtualClock()
        let harness = Fixture.harness(configure: { $0.clock = clock }) { _ in
            clock.advance(by: .milliseconds(125))
            return Fixture.json(#"{"type":"known"}"#)
        }
        let events = try await collectEvents(of: harness.client) { _ = try await harness.client.currentUser() }
        #expect(events.last?.kind == .finished(status: 200, bytes: 16, milliseconds: 125))
    }

    @Test func everySubscriberGetsEveryEvent() async throws {
        let harness = Fixture.harness { _ in Fixture.json(#"{"type":"known"}"#) }
        let other = harness.client.events()
        let events = try await collectEvents(of: harness.client) { _ = try await harness.client.currentUser() }
        var iterator = other.makeAsyncIterator()
        var mirrored: [RequestEvent] = []
        for _ in events { if let event = await iterator.next() { mirrored.append(event) } }
        #expect(mirrored == events)
    }
}
