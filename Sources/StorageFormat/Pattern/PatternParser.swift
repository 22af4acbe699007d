/// A regular expression read into a tree, before `PatternCompiler` makes it a program.
indirect enum PatternNode {
    case empty
    /// A step that consumes one scalar or asserts an edge.
    case step(PatternInstruction)
    case sequence([PatternNode])
    case choice([PatternNode])
    case repetition(PatternNode, minimum: Int, maximum: Int?)
}

/// Reads the part of Java's regular-expression syntax a heading filter needs: literals and escapes, `.`, classes,
/// groups, alternation, greedy, lazy and possessive quantifiers (told apart only by what they match, which for a
/// whole-text match is the same), `^`, `$` and the `(?i)` flag. Anything else gives nil.
struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0
    /// Whether an `(?i)` flag asked for case-insensitive matching (anywhere: it is applied to the whole pattern).
    private(set) var ignoresCase = false

    /// Groups nest at most this deep, which bounds the recursion of reading and compiling.
    private static let maximumDepth = 32
    /// The largest count a `{n,m}` quantifier may give.
    private static let maximumCount = 1000

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The whole pattern, or nil when it is not one this parser reads.
    mutating func parse() -> PatternNode? {
        guard let node = choice(), index == scalars.count else { return nil }
        return node
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        index += 1
        return true
    }

    /// `a|b|c`, up to a `)` or the end.
    private mutating func choice() -> PatternNode? {
        var options: [PatternNode] = []
        repeat {
            guard let option = sequence() else { return nil }
            options.append(option)
        } while take("|")
        return options.count == 1 ? options[0] : .choice(options)
    }

    private mutating func sequence() -> PatternNode? {
        var items: [PatternNode] = []
        while let scalar = current, scalar != "|", scalar != ")" {
            guard let atom = atom(), let item = quantified(atom) else { return nil }
            items.append(item)
        }
        return items.isEmpty ? .empty : items.count == 1 ? items[0] : .sequence(items)
    }

    /// `atom` with the quantifier after it, if any.
    private mutating func quantified(_ atom: PatternNode) -> PatternNode? {
        let bounds: (minimum: Int, maximum: Int?)
        switch current {
        case "*", "+", "?":
            bounds = current == "*" ? (0, nil) : current == "+" ? (1, nil) : (0, 1)
            index += 1
        case "{":
            guard let counted = countedBounds() else { return nil }
            bounds = counted
        default: return atom
        }
        if current == "?" || current == "+" { index += 1 }  // lazy or possessive
        if let scalar = current, "*+?{".unicodeScalars.contains(scalar) { return nil }
        return .repetition(atom, minimum: bounds.minimum, maximum: bounds.maximum)
    }

    /// `{n}`, `{n,}` or `{n,m}`, read past.
    private mutating func countedBounds() -> (Int, Int?)? {
        index += 1
        guard let minimum = number() else { return nil }
        var maximum: Int? = minimum
        if take(",") {
            if current == "}" {
                maximum = nil
            } else {
                guard let upper = number(), upper >= minimum else { return nil }
                maximum = upper
            }
        }
        guard take("}") else { return nil }
        return (minimum, maximum)
    }

    private mutating func number() -> Int? {
        var value = 0
        let start = index
        while let scalar = current, ("0"..."9").contains(scalar) {
            value = value * 10 + Int(scalar.value - 0x30)
            guard value <= Self.maximumCount else { return nil }
            index += 1
        }
        return index > start ? value : nil
    }

    private mutating func atom() -> PatternNode? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case ".": return .step(.any)
        case "^": return .step(.lineStart)
        case "$": return .step(.lineEnd)
        case "(": return group()
        case "[": return bracketed().map { .step(.set($0)) }
        case "\\": return escape()
        case "*", "+", "?", "{": return nil  // a quantifier with nothing before it
        default: return .step(.scalar(scalar))
        }
    }

    /// A group after its `(`: capturing, `(?:`, named, or a flag group; lookaround and atomic groups give nil.
    private mutating func group() -> PatternNode? {
        guard depth < Self.maximumDepth else { return nil }
        if take("?") {
            if take(":") {
            } else if take("<") {
                guard current != "=", current != "!" else { return nil }  // lookbehind
                while let scalar = current, scalar != ">" { index += 1 }
                guard take(">") else { return nil }
            } else {
                // Flags, `(?i)` alone or `(?i:...)`: `i` is applied to the whole pattern, `-i` (turning it off, which it
                // is at the start) not; `s`, `m`, `u` and `U` change nothing for one line of text.
                var turningOff = false
                while let scalar = current, "imsuU-".unicodeScalars.contains(scalar) {
                    if scalar == "-" { turningOff = true }
                    if scalar == "i" && !turningOff { ignoresCase = true }
                    index += 1
                }
                if take(")") { return .empty }
                guard take(":") else { return nil }
            }
        }
        depth += 1
        defer { depth -= 1 }
        guard let inner = choice(), take(")") else { return nil }
        return inner
    }

    /// A `\` escape outside a class.
    private mutating func escape() -> PatternNode? {
        guard let scalar = current else { return nil }
        if scalar == "Q" {
            // `\Q...\E`: everything between is literal.
            index += 1
            var literal: [PatternNode] = []
            while let next = current, !(next == "\\" && index + 1 < scalars.count && scalars[index + 1] == "E") {
                literal.append(.step(.scalar(next)))
                index += 1
            }
            if current != nil { index += 2 }
            return .sequence(literal)
        }
        if let set = escapedSet() { return .step(.set(set)) }
        return escapedScalar().map { .step(.scalar($0)) }
    }

    /// `\d`, `\w`, `\s` or their negations after a `\`, read past; nil (reading nothing) for another escape.
    private mutating func escapedSet() -> ScalarSet? {
        let ranges: [ClosedRange<UInt32>]
        switch current {
        case "d", "D": ranges = ScalarSet.digits
        case "w", "W": ranges = ScalarSet.wordCharacters
        case "s", "S": ranges = ScalarSet.spaces
        default: return nil
        }
        let negated = current.map { $0.properties.isUppercase } ?? false
        index += 1
        return ScalarSet(ranges: ranges, isNegated: negated)
    }

    /// The scalar an escape after a `\` stands for, read past: a control escape, `\xhh`, `\uhhhh`, or a
    /// punctuation mark taken literally; nil for a letter or digit escape Java gives another meaning (or none).
    private mutating func escapedScalar() -> Unicode.Scalar? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "t": return "\t"
        case "n": return "\n"
        case "r": return "\r"
        case "f": return "\u{0C}"
        case "a": return "\u{07}"
        case "e": return "\u{1B}"
        case "x": return hexadecimal(digits: 2)
        case "u": return hexadecimal(digits: 4)
        default:
            let isAlphanumeric = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            return isAlphanumeric ? nil : scalar
        }
    }

    private mutating func hexadecimal(digits: Int) -> Unicode.Scalar? {
        guard index + digits <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<(index + digits)])), radix: 16)
        else { return nil }
        index += digits
        return Unicode.Scalar(value)
    }

    /// A class after its `[`, read past its `]`; nested classes and intersections give nil.
    private mutating func bracketed() -> ScalarSet? {
        var set = ScalarSet()
        set.isNegated = take("^")
        var first = true
        while let scalar = current, scalar != "]" || first {
            first = false
            guard scalar != "[", !(scalar == "&" && index + 1 < scalars.count && scalars[index + 1] == "&") else { return nil }
            index += 1
            var lower = scalar
            if scalar == "\\" {
                if let escaped = escapedSet() {
                    set.ranges += escaped.isNegated ? ScalarSet.complement(of: escaped.ranges) : escaped.ranges
                    continue
                }
                guard let literal = escapedScalar() else { return nil }
                lower = literal
            }
            guard current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" else {
                set.ranges.append(lower.value...lower.value)
                continue
            }
            index += 1
            guard var upper = current else { return nil }
            index += 1
            if upper == "\\" {
                guard let literal = escapedScalar() else { return nil }
                upper = literal
            }
            guard lower.value <= upper.value else { return nil }
            set.ranges.append(lower.value...upper.value)
        }
        guard take("]") else { return nil }
        return set
    }
}
