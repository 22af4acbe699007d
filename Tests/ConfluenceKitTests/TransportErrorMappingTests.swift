import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
@testable import ConfluenceKit

/// Transport failures become sentences without a header's value, and a request that cannot be sent as built is not
/// retried; whatever a transport says, the credential it was handed never reaches an error.
struct TransportErrorMappingTests {
    @Test func aHeaderValueHTTPRefusesIsAPermanentSentence() {
        for refused in [HTTPClientError.invalidHeaderFieldValues(["Bearer PATSECRET999\r"]), .invalidHeaderFieldNames(["X\rY"])] {
            let error = AsyncHTTPClientTransport.transportError(for: refused)
            #expect(!error.isRetryable)
            #expect(error.description == "a request header holds a character HTTP does not allow, so the request was not sent")
        }
    }

    @Test func aBodyTooLargeIsNotAskedForAgain() {
        let error = AsyncHTTPClientTransport.transportError(for: NIOTooManyBytesError(maxBytes: 10))
        #expect(!error.isRetryable, "the same request gets the same answer")
        #expect(error.description == "the response body was larger than the client accepts")
    }

    @Test func anotherClientErrorGivesItsShortDescriptionOnly() {
        let error = AsyncHTTPClientTransport.transportError(for: HTTPClientError.unsupportedScheme("gopher-SECRET"))
        #expect(error.description == "the HTTP request failed: unsupported scheme")
    }

    @Test func aControlCharacterInTheTokenFailsOnceWithoutTheToken() async throws {
        // The header is refused before any connection, so no server is needed.
        let site = try Site.detect("http://127.0.0.1:9/", kind: .dataCenter)
        let client = ConfluenceClient(site: site, credential: .personalAccessToken("PATSECRET999\r"), transport: AsyncHTTPClientTransport(),
                                      configuration: ClientConfiguration(clock: VirtualClock()))
        let error = await #expect(throws: ConfluenceError.self) { _ = try await client.currentUser() }
        #expect(error?.attempts == 1)
        #expect(error?.description.hasPrefix("a request header holds a character HTTP does not allow") == true)
        #expect(error?.description.contains("PATSECRET999") == false)
    }

    @Test func anyTransportSentenceLosesTheCredential() async throws {
        let echoed = [TransportError.other("refused Bearer \(Fixture.pat)"), .permanent("token \(Fixture.pat) bad")]
        for failure in echoed {
            let harness = Fixture.harness(site: Fixture.dataCenter) { _ in throw failure }
            let error = await #expect(throws: ConfluenceError.self) { _ = try await harness.client.currentUser() }
            #expect(error?.description.contains(Fixture.pat) == false)
            #expect(error?.description.contains("<redacted>") == true)
        }
    }
}
