/// One step of a compiled `HeadingPattern`: consume a scalar, fork, jump, assert a text edge, or accept.
enum PatternInstruction: Sendable {
    case scalar(Unicode.Scalar)
    case set(ScalarSet)
    /// `.`: any scalar but a line feed.
    case any
    /// Continue at both indices.
    case split(Int, Int)
    case jump(Int)
    /// `^` and `$`: the start and the end of the text.
    case lineStart, lineEnd
    case match

    /// Whether the step consumes a scalar or accepts: where a closure over the others ends.
    var consumesOrAccepts: Bool {
        switch self {
        case .scalar, .set, .any, .match: true
        case .split, .jump, .lineStart, .lineEnd: false
        }
    }
}

/// A bracketed class such as `[a-z_]` or `[^\d]`, as ranges of scalar values.
struct ScalarSet: Sendable {
    var ranges: [ClosedRange<UInt32>] = []
    var isNegated = false

    /// `\d`, `\w` and `\s` as Java reads them by default: ASCII only.
    static let digits: [ClosedRange<UInt32>] = [0x30...0x39]
    static let wordCharacters: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    static let spaces: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20]

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) } != isNegated
    }

    /// Every scalar value outside `ranges` (which are sorted and disjoint, as the classes above are).
    static func complement(of ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }
}
