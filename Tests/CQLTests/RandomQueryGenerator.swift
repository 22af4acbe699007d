import CQL
import TestSupport

/// Generates random query trees, biased towards text that is hard to quote and escape.
struct RandomQueryGenerator {
    private var random: SplitMix64

    /// Creates a generator with a fixed seed.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// Strings that stress quoting: quotes, backslashes, keywords, operators, whitespace, Unicode, empty.
    static let nastyStrings = [
        "", " ", "a b", "\"", "\\", "\\\"", "'", "it's", "\"quoted\"", "AND", "and", "Or", "not", "NOT IN",
        "in", "Order", "by", "asc", "DESC", "(", ")", ",", "=", "!=", "!~", "~", "<=", ">", "日本語", "é", "e\u{301}",
        "😀", "👩‍👩‍👧", "\n\t", "\r\n", "\u{0}", "123", "007", "-4w", "space.key", "a.b-c_d", "x(y)", "\u{00A0}", "\u{200B}",
    ]

    /// Fields that are plain or need quoting.
    static let fields = ["label", "space", "space.key", "title", "text", "type", "created", "ancestor", "my-field", "cf_1"]

    /// Function names that are plain or need quoting.
    static let functions = ["now", "currentUser", "startOfWeek", "recentlyViewedContent", "fn.x"]

    /// A random query: an optional filter and up to three sort keys.
    mutating func query() -> CQLQuery {
        let filter = chance(1, in: 8) ? nil : expression(depth: 0)
        let keys = (0..<int(below: 4)).map { _ in CQLSortKey(field: name(from: Self.fields), descending: chance(1, in: 2)) }
        return CQLQuery(filter: filter, orderBy: chance(1, in: 2) ? keys : [])
    }

    /// A random expression at most five levels deep.
    mutating func expression(depth: Int) -> CQLExpression {
        guard depth < 5, !chance(1, in: 3) else { return .clause(clause()) }
        switch int(below: 3) {
        case 0: return .and(expression(depth: depth + 1), expression(depth: depth + 1))
        case 1: return .or(expression(depth: depth + 1), expression(depth: depth + 1))
        default: return .not(expression(depth: depth + 1))
        }
    }

    /// A random clause with any operator and value shape.
    mutating func clause() -> CQLClause {
        let op = CQLOperator.allCases[int(below: CQLOperator.allCases.count)]
        return CQLClause(field: name(from: Self.fields), op: op, value: value(depth: 0))
    }

    /// A random literal, function call or list, nested at most three levels.
    mutating func value(depth: Int) -> CQLValue {
        let roll = depth < 3 ? int(below: 6) : 0
        switch roll {
        case 4: return .function(name: name(from: Self.functions), arguments: values(depth: depth + 1))
        case 5: return .list(values(depth: depth + 1))
        default: return .literal(string())
        }
    }

    /// A random string: a nasty one, random scalars, or a mix.
    mutating func string() -> String {
        switch int(below: 3) {
        case 0: return Self.nastyStrings[int(below: Self.nastyStrings.count)]
        case 1: return randomScalars()
        default: return Self.nastyStrings[int(below: Self.nastyStrings.count)] + randomScalars() + Self.nastyStrings[int(below: Self.nastyStrings.count)]
        }
    }

    private mutating func values(depth: Int) -> [CQLValue] {
        (0..<int(below: 4)).map { _ in value(depth: depth) }
    }

    /// A plain name from `pool` most of the time, otherwise a string that must be quoted.
    private mutating func name(from pool: [String]) -> String {
        chance(1, in: 5) ? string() : pool[int(below: pool.count)]
    }

    /// Up to eight scalars from ASCII, controls, Latin-1, CJK and emoji ranges.
    private mutating func randomScalars() -> String {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x00...0x1F, 0xA0...0x17F, 0x4E00...0x4FFF, 0x1F600...0x1F64F, 0x300...0x36F]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<int(below: 9) {
            let range = ranges[int(below: ranges.count)]
            let value = range.lowerBound + UInt32(int(below: Int(range.upperBound - range.lowerBound) + 1))
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    private mutating func int(below bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    private mutating func chance(_ numerator: Int, in denominator: Int) -> Bool { int(below: denominator) < numerator }
}
