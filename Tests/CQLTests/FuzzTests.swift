import CQL
import TestSupport
import Testing

/// Random input never crashes the parser or the validator, and their answers are consistent.
struct FuzzTests {
    /// Fragments that make the soup likely to hit every grammar path.
    static let fragments = [
        "(", ")", "\"", "'", "\\", "=", "!", "~", "<", ">", ",", " ", "  ", "\n", "AND", "or", "not", "in", "order",
        "by", "desc", "ASC", "label", "space.key", "created", "now", "x", "1", "é", "😀", "\u{0}", "\u{301}", "\"a b\"",
    ]

    /// Checks one input: parse and validate must agree (an invisible character, named first, aside), and successful
    /// parses must round-trip.
    static func check(_ source: String) {
        let columns = source.unicodeScalars.count + 1
        let diagnostics = CQLValidator.validate(source)
        for diagnostic in diagnostics {
            #expect(diagnostic.range.lowerBound >= 1 && diagnostic.range.upperBound <= columns, "\(diagnostic) for \(source.debugDescription)")
            #expect(!diagnostic.message.isEmpty)
        }
        do {
            let query = try CQLQuery.parse(source)
            #expect(try CQLQuery.parse(query.description) == query, "\(source.debugDescription)")
        } catch {
            let invisible = diagnostics.count == 1 && diagnostics[0].message.hasPrefix("an invisible character")
            #expect(invisible || diagnostics == [CQLDiagnostic(severity: .error, message: error.message, range: error.range)])
        }
    }

    @Test("5,000 soups of CQL fragments")
    func fragmentSoup() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let count = Int(random.next() % 40)
            let source = (0..<count).map { _ in Self.fragments[Int(random.next() % UInt64(Self.fragments.count))] }.joined()
            Self.check(source)
        }
    }

    @Test("2,000 random byte strings decoded as UTF-8")
    func byteSoup() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            Self.check(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test("mutated valid queries: one character dropped or duplicated")
    func mutations() {
        let source = "type = page AND (label IN (\"a\", 'b') OR title ~ \"x\\\"y\") AND created > now(\"-4w\") ORDER BY title DESC"
        let scalars = Array(source.unicodeScalars)
        for index in scalars.indices {
            var dropped = scalars
            dropped.remove(at: index)
            var doubled = scalars
            doubled.insert(scalars[index], at: index)
            Self.check(String(String.UnicodeScalarView(dropped)))
            Self.check(String(String.UnicodeScalarView(doubled)))
        }
    }

    @Test("huge but shallow input is handled")
    func hugeInput() throws {
        let list = "label IN (" + Array(repeating: "\"x\"", count: 20_000).joined(separator: ",") + ")"
        let query = try CQLQuery.parse(list)
        #expect(query.description.count == list.count + 19_999)
        #expect(CQLValidator.validate(list) == [])
        let chain = Array(repeating: "a = 1", count: 1_000).joined(separator: " OR ")
        #expect(try CQLQuery.parse(chain).description == chain)
    }
}
