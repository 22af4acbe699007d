import BrowserApp
import ConfluenceKit
import Foundation
import Testing

/// The adapter from ConfluenceClient to the browser, on a Data Center site answered in memory.
struct ConfluenceBackendTests {
    private static let routes: [String: String] = [
        "/confluence/rest/api/space": #"{"results":[{"id":1,"key":"ENG","name":"Engineering","type":"global","status":"current"},{"id":2,"key":"ARC","name":"Archive","type":"global","status":"archived"}],"_links":{}}"#,
        "/confluence/rest/api/space/ENG/content/page": #"{"results":[{"id":"10","type":"page","title":"Home 🏠"}],"_links":{}}"#,
        "/confluence/rest/api/content/10/child/page": #"{"results":[{"id":"11","type":"page","title":"Child 子"},{"id":"12","type":"page","title":"Old","status":"archived"}],"_links":{}}"#,
        "/confluence/rest/api/content/11": #"""
        {"id":"11","type":"page","title":"Child 子","space":{"key":"ENG","name":"Engineering"},
         "version":{"number":4,"when":"2025-01-02T03:04:05.000Z","by":{"username":"alice"}},
         "body":{"storage":{"value":"<p>Hello</p>","representation":"storage"}},
         "ancestors":[{"id":"10","type":"page","title":"Home 🏠"}],
         "metadata":{"labels":{"results":[{"name":"docs"}]}},
         "_links":{"webui":"/display/ENG/Child"}}
        """#,
    ]

    private func backend() throws -> ConfluenceBackend {
        try backend(InMemoryTransport { request in
            guard let body = Self.routes[request.url.path] else {
                return HTTPResponse(status: 404, text: #"{"message":"No content found with id 99"}"#)
            }
            return HTTPResponse(status: 200, text: body)
        })
    }

    private func backend(_ transport: InMemoryTransport) throws -> ConfluenceBackend {
        let site = try Site.dataCenter(URL(string: "https://dc.example.com/confluence")!)
        let client = ConfluenceClient(site: site, credential: .personalAccessToken("pat-secret"), transport: transport)
        return ConfluenceBackend(client: client)
    }

    @Test func listsSpacesRootsAndChildren() async throws {
        let backend = try backend()
        #expect(backend.displayName == "https://dc.example.com/confluence")
        let spaces = try await backend.spaces()
        #expect(spaces.map(\.key) == ["ARC", "ENG"])
        #expect(spaces.first?.status == "archived")
        let roots = try await backend.rootItems(spaceKey: "ENG")
        #expect(roots == [TreeItem(id: "10", kind: .page, title: "Home 🏠")])
        let children = try await backend.children(of: "10", kind: .page)
        #expect(children.map(\.title) == ["Child 子", "Old"])
        #expect(children.map(\.isArchived) == [false, true])
    }

    @Test func pageCarriesTheHeaderMetadata() async throws {
        let page = try await backend().page(id: "11")
        #expect(page.title == "Child 子")
        #expect(page.spaceKey == "ENG")
        #expect(page.ancestors == [PageReference(id: "10", title: "Home 🏠")])
        #expect(page.labels == ["docs"])
        #expect(page.version == 4)
        #expect(page.author == "alice")
        #expect(page.lastModified == Date(timeIntervalSince1970: 1_735_787_045))
        #expect(page.webURL == "https://dc.example.com/confluence/display/ENG/Child")
        #expect(page.storageBody == "<p>Hello</p>")
    }

    @Test func aDataCenterPageIsOneRequestItsAnswerCarriesTheAncestors() async throws {
        let transport = InMemoryTransport { request in
            HTTPResponse(status: 200, text: Self.routes[request.url.path] ?? "{}")
        }
        _ = try await backend(transport).page(id: "11")
        let contentRequests = await transport.requests.map(\.url.path).filter { $0.contains("/content/") }
        #expect(contentRequests == ["/confluence/rest/api/content/11"], "the page's answer already holds its ancestors")
    }

    @Test func failuresBecomeSentencesWithoutSecrets() async throws {
        await #expect {
            _ = try await backend().page(id: "99")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("404") && !text.contains("pat-secret")
        }
    }
}
