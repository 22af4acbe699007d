import CQL
import Testing

/// Property: printing any tree and parsing the text gives the same tree back.
struct RoundTripPropertyTests {
    @Test("parse(print(ast)) == ast for 2,000 generated queries")
    func roundTrip() throws {
        var generator = RandomQueryGenerator(seed: 0xC0FFEE)
        for index in 0..<2_000 {
            let query = generator.query()
            let text = query.description
            let parsed: CQLQuery
            do {
                parsed = try CQLQuery.parse(text)
            } catch {
                Issue.record("case \(index): \(error) for text: \(text)")
                continue
            }
            #expect(parsed == query, "case \(index): \(text)")
            #expect(parsed.description == text, "case \(index): printing is not stable")
        }
    }

    @Test("every nasty string survives as a literal, a field name and a function name")
    func nastyStrings() throws {
        for string in RandomQueryGenerator.nastyStrings {
            let value = CQLValue.function(name: string, arguments: [.literal(string)])
            let query = CQLQuery(filter: .field(string, .in, .list([.literal(string), value])), orderBy: [CQLSortKey(field: string)])
            #expect(try CQLQuery.parse(query.description) == query, "\(query.description)")
        }
    }

    @Test("the generator is deterministic for a seed")
    func deterministic() {
        var first = RandomQueryGenerator(seed: 42)
        var second = RandomQueryGenerator(seed: 42)
        #expect((0..<20).map { _ in first.query() } == (0..<20).map { _ in second.query() })
    }
}
