import Testing
@testable import ConfluenceEmulator

/// The in-memory request log keeps the latest records within its capacity and counts them all.
struct RequestLogTests {
    @Test func aLongRunKeepsTheLatestRecordsAndCountsEveryRequest() async {
        let log = RequestLog(capacity: 100)
        for sequence in 1...1_000 {
            await log.append(RequestRecord(sequence: sequence, method: "GET", path: "/p", query: "", authKind: .none,
                                           status: 200, durationMilliseconds: 0, faults: []))
        }
        let records = await log.records
        #expect(await log.count == 1_000)
        #expect(records.count >= 100 && records.count <= 125)
        #expect(records.last?.sequence == 1_000)
        #expect(zip(records, records.dropFirst()).allSatisfy { $0.sequence + 1 == $1.sequence }, "the latest ones, in order")
    }
}
