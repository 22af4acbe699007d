import BrowserApp
import ConfluenceKit
import DataSources
import Foundation
import StorageFormat
import Testing

/// The preview names mentioned users and the author from the site's user directory, and keeps the id when it cannot.
struct MentionNameTests {
    private static let body = #"<p>Ask <ac:link><ri:user ri:account-id="acc-1" /></ac:link> or <ac:link><ri:user ri:account-id="acc-2" /></ac:link>.</p>"#

    private func backend() throws -> ConfluenceBackend {
        let page = """
        {"id":"5","status":"current","title":"Team","version":{"number":1,"authorId":"acc-1"},
         "body":{"storage":{"value":\(String(decoding: try JSONEncoder().encode(Self.body), as: UTF8.self)),"representation":"storage"}}}
        """
        let transport = InMemoryTransport { request in
            switch (request.url.path, request.url.query ?? "") {
            case ("/wiki/rest/api/user", "accountId=acc-1"):
                return HTTPResponse(status: 200, text: #"{"type":"known","accountId":"acc-1","displayName":"Ada Lovelace"}"#)
            case ("/wiki/rest/api/user", _):
                return HTTPResponse(status: 404, text: #"{"message":"No user found"}"#)
            case ("/wiki/api/v2/pages/5", _):
                return HTTPResponse(status: 200, text: page)
            default:
                return HTTPResponse(status: 404, text: #"{"message":"not here"}"#)
            }
        }
        let site = try Site.cloud(URL(string: "https://x.atlassian.net")!)
        return ConfluenceBackend(client: ConfluenceClient(site: site, credential: .apiToken(email: "me@example.com", token: "t"), transport: transport))
    }

    @Test func mentionsFoundByRenderingAreNamedAndTheUnknownKeepTheirId() async throws {
        let document = StorageDocument.parse(Self.body)
        #expect(MentionCollector.users(in: document) == [UserRef(accountId: "acc-1"), UserRef(accountId: "acc-2")])
        let names = try await backend().userNames(for: MentionCollector.users(in: document))
        #expect(names == [UserRef(accountId: "acc-1"): "Ada Lovelace"])
        let text = document.plainText(options: RenderOptions(userName: { names[$0] })).text
        #expect(text.contains("@Ada Lovelace"))
        #expect(text.contains("@acc-2"))
    }

    @Test func thePageHeaderShowsTheAuthorsName() async throws {
        #expect(try await backend().page(id: "5").author == "Ada Lovelace")
    }
}
