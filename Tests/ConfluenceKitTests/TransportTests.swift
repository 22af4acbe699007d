import Foundation
import Testing
@testable import ConfluenceKit

/// The HTTP value types and the in-memory transport behave as other modules' tests expect.
struct TransportTests {
    @Test func headerLookupIgnoresCase() {
        var headers: HTTPHeaders = ["Content-Type": "application/json", "Link": "<a>; rel=next"]
        headers.add(name: "link", value: "<b>; rel=prev")
        #expect(headers["content-type"] == "application/json")
        #expect(headers["CONTENT-TYPE"] == "application/json")
        #expect(headers.values(for: "LINK") == ["<a>; rel=next", "<b>; rel=prev"])
        headers.replaceOrAdd(name: "LINK", value: "<c>")
        #expect(headers.values(for: "link") == ["<c>"])
        headers.remove(name: "Content-type")
        #expect(!headers.contains("content-type"))
    }

    @Test func theScriptIsReplayedInOrderThenTheHandlerAnswers() async throws {
        let transport = InMemoryTransport(responses: [HTTPResponse(status: 201)])
        await transport.enqueue(failure: .connectionReset)
        await transport.setHandler { _ in HTTPResponse(status: 204) }
        let request = HTTPRequest(url: URL(string: "https://x.example/a?b=c")!)
        #expect(try await transport.send(request).status == 201)
        await #expect(throws: TransportError.connectionReset) { try await transport.send(request) }
        #expect(try await transport.send(request).status == 204)
        #expect(await transport.requests.map(\.target) == ["/a?b=c", "/a?b=c", "/a?b=c"])
    }

    @Test func anEmptyScriptWithoutHandlerFailsWithASentence() async {
        let transport = InMemoryTransport()
        let error = await #expect(throws: TransportError.self) { try await transport.send(HTTPRequest(url: URL(string: "https://x.example/p")!)) }
        #expect(error?.description == "the in-memory transport has no response for GET /p")
    }

    @Test func methodsKnowWhetherTheyAreIdempotent() {
        #expect(HTTPMethod.get.isIdempotent)
        #expect(HTTPMethod(rawValue: "put").isIdempotent)
        #expect(!HTTPMethod.post.isIdempotent)
    }

    @Test func aNameThatDoesNotResolveIsAnUnknownHost() async throws {
        // `.invalid` never resolves (RFC 2606); a resolver that cannot be asked at all gives a retryable failure instead.
        let error = await #expect(throws: TransportError.self) {
            _ = try await AsyncHTTPClientTransport().send(HTTPRequest(url: URL(string: "https://no-such-host.invalid/")!))
        }
        guard let error, error.isRetryable == false else { return }
        #expect(error.description == "could not find the host no-such-host.invalid (DNS)")
        #expect(error.advice == "check the site's address")
    }
}
