import ConfluenceEmulator
import ConfluenceKit
import Foundation
import Testing

/// Every request the product sends over the network names it and its version, whichever part of it built the request
/// (the OAuth client, the cloudId discovery and the LlamaCloud client set none of their own).
struct UserAgentTests {
    @Test func aRequestWithoutOneNamesTheProductAndOneWithOneKeepsIt() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let url = emulated.server.baseURL.appendingPathComponent("_edge/tenant_info")
            _ = try await AsyncHTTPClientTransport().send(HTTPRequest(url: url))
            _ = try await AsyncHTTPClientTransport().send(HTTPRequest(method: .get, url: url, headers: ["User-Agent": "other/1"]))
            #expect(await emulated.server.requestLog.records.map(\.userAgent) == ["confluence-tui/\(ProductVersion.current)", "other/1"])
        }
    }
}
