import BrowserApp
import ConfluenceKit
import DataSources
import Foundation
import Synchronization
import Testing

/// The backend's counts, label scan and descendants, on a Data Center site answered in memory.
struct ConfluenceBackendSearchTests {
    /// The path and CQL of every request, in order.
    final class Log: Sendable {
        private let entries = Mutex<[String]>([])
        func append(_ entry: String) { entries.withLock { $0.append(entry) } }
        var all: [String] { entries.withLock { $0 } }
    }

    private let queries = Log()

    private func backend() throws -> ConfluenceBackend {
        let queries = self.queries
        let transport = InMemoryTransport { request in
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let cql = items.first { $0.name == "cql" }?.value ?? ""
            queries.append(request.url.path + " " + cql)
            switch request.url.path {
            case "/confluence/rest/api/search" where cql.contains("bogus"):
                return HTTPResponse(status: 400, text: #"{"statusCode":400,"message":"Could not parse cql : bogus"}"#)
            case "/confluence/rest/api/search" where cql.hasPrefix("ancestor"):
                return HTTPResponse(status: 200, text: #"{"results":[{"content":{"id":"11","type":"page","title":"A"}},{"content":{"id":"12","type":"page","title":"B"}}],"totalSize":2,"_links":{}}"#)
            case "/confluence/rest/api/search":
                return HTTPResponse(status: 200, text: #"{"results":[],"totalSize":17,"_links":{}}"#)
            case "/confluence/rest/api/content/search":
                return HTTPResponse(status: 200, text: #"""
                {"results":[
                  {"id":"1","type":"page","title":"A","metadata":{"labels":{"results":[{"name":"docs"},{"name":"api"}]}}},
                  {"id":"2","type":"page","title":"B","metadata":{"labels":{"results":[{"name":"docs"}]}}},
                  {"id":"3","type":"page","title":"C","metadata":{"labels":{"results":[]}}}
                ],"_links":{}}
                """#)
            default:
                return HTTPResponse(status: 404, text: #"{"message":"not here"}"#)
            }
        }
        let site = try Site.dataCenter(URL(string: "https://dc.example.com/confluence")!)
        return ConfluenceBackend(client: ConfluenceClient(site: site, credential: .personalAccessToken("pat"), transport: transport))
    }

    @Test func countReturnsTheTotalOrTheServersSentence() async throws {
        let backend = try backend()
        #expect(try await backend.count(of: .cql("space = ENG")) == 17)
        await #expect {
            _ = try await backend.count(of: .cql("bogus"))
        } throws: { error in
            String(describing: error).contains("Could not parse cql : bogus")
        }
    }

    /// A refused query reads as the server's sentence; the whole error shows the request with its query decoded.
    @Test func aRefusedQueryShowsTheServersSentenceAndTheDecodedQuery() async throws {
        let backend = try backend()
        do {
            _ = try await backend.count(of: .cql("bogus = ENG"))
            Issue.record("bogus CQL was counted")
        } catch {
            #expect(error.message == "400: Could not parse cql : bogus")
            #expect(error.detail.contains("cql=bogus = ENG") && !error.detail.contains("%20"))
        }
    }

    /// A refused credential is explained by the diagnosis the backend was given, and marked as the account's fault.
    @Test func aRefusedCredentialIsDiagnosed() async throws {
        let transport = InMemoryTransport { _ in HTTPResponse(status: 401, text: #"{"message":"Unauthorized"}"#) }
        let site = try Site.dataCenter(URL(string: "https://dc.example.com/confluence")!)
        let backend = ConfluenceBackend(client: ConfluenceClient(site: site, credential: .personalAccessToken("pat"), transport: transport),
                                        diagnose: { _ in "the personal access token was refused" })
        do {
            _ = try await backend.spaces()
            Issue.record("a refused credential listed spaces")
        } catch {
            #expect(error.message == "the personal access token was refused")
            #expect(error.refusedCredential && error.detail.contains("401"))
        }
    }

    @Test func labelCountsScanTheSpacesPagesOnce() async throws {
        let counts = try await backend().labelCounts(spaceKey: "ENG", scanLimit: 1000)
        #expect(counts.entries == [LabelCounts.Entry(name: "docs", pages: 2), LabelCounts.Entry(name: "api", pages: 1)])
        #expect(counts.isComplete && counts.scannedPages == 3)
        let sent = queries.all
        #expect(sent.count == 1)
        #expect(sent.first?.hasPrefix("/confluence/rest/api/content/search ") == true)
        #expect(sent.first?.contains("space") == true && sent.first?.contains("ENG") == true)
    }

    @Test func aScanCutAtItsLimitSaysSo() async throws {
        let counts = try await backend().labelCounts(spaceKey: nil, scanLimit: 2)
        #expect(!counts.isComplete && counts.scannedPages == 2)
        #expect(counts.entries.first == LabelCounts.Entry(name: "docs", pages: 2))
    }

    @Test func aLongDescendantLookupSaysHowManyItHasFoundAsPagesArrive() async throws {
        // 250 descendants, served 50 to a page by their next links.
        let transport = InMemoryTransport { request in
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            let start = Int(items.first { $0.name == "start" }?.value ?? "") ?? 0
            let results = (start..<min(250, start + 50)).map { #"{"content":{"id":"d\#($0)","type":"page","title":"P\#($0)"}}"# }
            let next = start + 50 < 250 ? #","next":"/rest/api/search?cql=ancestor%3D1&start=\#(start + 50)""# : ""
            return HTTPResponse(status: 200, text: #"{"results":[\#(results.joined(separator: ","))],"_links":{"base":"https://dc.example.com/confluence"\#(next)}}"#)
        }
        let site = try Site.dataCenter(URL(string: "https://dc.example.com/confluence")!)
        let backend = ConfluenceBackend(client: ConfluenceClient(site: site, credential: .personalAccessToken("pat"), transport: transport))
        let reports = Log()
        let ids = try await backend.descendantIDs(of: "1", found: { reports.append("\($0)") })
        #expect(ids.count == 250 && ids.first == "d0" && ids.last == "d249")
        #expect(reports.all == ["100", "200"])
    }

    @Test func descendantsComeFromAnAncestorSearch() async throws {
        #expect(try await backend().descendantIDs(of: "1") == ["11", "12"])
        #expect(queries.all.first?.contains("ancestor") == true)
    }
}
