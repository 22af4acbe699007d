import ConfluenceKit
@testable import DataSources
import Foundation
import Testing

/// Data Center spaces are read in windows at known offsets, side by side within the client's limit, delivered in
/// listing order, with no page lost when the count is low or high.
struct DataCenterSpaceFeedTests {
    static let body = "body.storage%2Cversion%2Cspace%2Cancestors"

    static func bigSpace(_ count: Int) -> [FakeConfluence.Page] {
        (1...count).map { FakeConfluence.Page(id: String(5000 + $0), title: "P\($0)", space: "BIG", body: "<p>\($0)</p>") }
    }

    @Test func windowsAfterTheFirstAreFetchedSideBySideAndDeliveredInOrder() async throws {
        let gauge = Gauge()
        let fake = FakeConfluence(kind: .dataCenter, pages: Self.bigSpace(23), v1Cap: 5) { request in
            guard request.target.hasPrefix("/rest/api/content?") else { return nil }
            await gauge.enter()
            try await Task.sleep(for: .milliseconds(Int.random(in: 1...10)))
            await gauge.leave()
            return nil
        }
        let (client, transport) = fake.client(maxConcurrentRequests: 3)
        let report = try await IngestPreview(client: client, selector: .space(key: "BIG")).fullPass()
        #expect(report.pageIDs == (1...23).map { String(5000 + $0) })
        let listings = await transport.requests.map(\.target).filter { $0.hasPrefix("/rest/api/content?") && $0.contains("status=current") }
        #expect(listings.count == 5)  // one request per window of 5, as a next-link walk would make
        #expect(listings.first == "/rest/api/content?spaceKey=BIG&type=page&status=current&expand=\(Self.body)&start=0&limit=250")
        #expect(Set(listings.dropFirst()) == Set([5, 10, 15, 20].map { "/rest/api/content?spaceKey=BIG&type=page&status=current&expand=\(Self.body)&start=\($0)&limit=5" }))
        #expect(await gauge.peak >= 2)
        #expect(await gauge.peak <= 3)
    }

    @Test func aLowCountLosesNothingAndAHighOneCostsOnlyEmptyWindows() async throws {
        for (counted, expectedRequests) in [(7, 5), (40, 8)] {
            let pages = Self.bigSpace(23)
            let fake = FakeConfluence(kind: .dataCenter, pages: pages, v1Cap: 5, totalSizeOffset: counted - 23)
            let (client, transport) = fake.client()
            let report = try await IngestPreview(client: client, selector: .space(key: "BIG")).fullPass()
            #expect(report.pageIDs == pages.map(\.id))
            #expect(report.expectedCount == counted)
            let listings = await transport.requests.map(\.target).filter { $0.hasPrefix("/rest/api/content?") && $0.contains("status=current") }
            #expect(listings.count == expectedRequests, "count \(counted)")
        }
    }
}
