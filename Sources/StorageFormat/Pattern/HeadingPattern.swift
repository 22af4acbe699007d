/// A heading filter of a `toc` macro (`include`, `exclude`): a regular expression in the Java syntax Confluence
/// reads there, matched against a whole heading's text.
///
/// Matching runs the pattern's Thompson automaton over the heading one scalar at a time, keeping the set of live
/// states, so it takes time linear in the heading (times the pattern's size) and no pattern can make a render slow.
/// A pattern this matcher cannot read (a backreference, lookaround, a word boundary, unbalanced brackets, or one too
/// large) matches its own text literally, which is what such a filter usually names: a heading like `C++ (legacy)`.
public struct HeadingPattern: Sendable, Hashable {
    /// The pattern as the macro gave it.
    public let source: String
    private let program: [PatternInstruction]
    /// For each instruction, the steps that consume a scalar (or accept) reachable from it without consuming one,
    /// inside the text, where `^` and `$` hold nowhere: worked out once, so matching does not follow jumps per scalar.
    private let innerClosures: [[Int]]
    private let ignoresCase: Bool
    /// The pattern's text when it is literal (the usual filter, a heading's name): matched by comparing, no automaton.
    private let literal: String?

    /// The longest pattern read as a regular expression, in scalars, and the largest program it may compile to.
    static let maximumLength = 256
    static let maximumProgram = 256

    /// Reads `source`; a pattern that is empty or only white space filters nothing and gives nil.
    public init?(_ source: String) {
        guard source.contains(where: { !$0.isWhitespace }) else { return nil }
        self.source = source
        let scalars = Array(source.unicodeScalars)
        var parser = PatternParser(scalars)
        if scalars.count <= Self.maximumLength, let node = parser.parse(),
           let program = PatternCompiler.program(for: node, limit: Self.maximumProgram) {
            self.program = program
            ignoresCase = parser.ignoresCase
        } else {
            program = scalars.map { .scalar($0) } + [.match]
            ignoresCase = false
        }
        innerClosures = Self.innerClosures(of: program)
        let isLiteral = !ignoresCase && program.dropLast().allSatisfy { if case .scalar = $0 { true } else { false } }
        literal = isLiteral ? String(String.UnicodeScalarView(program.compactMap { if case .scalar(let scalar) = $0 { scalar } else { nil } })) : nil
    }

    private static func innerClosures(of program: [PatternInstruction]) -> [[Int]] {
        var reached = StateSet(capacity: program.count)
        var pending: [Int] = []
        return program.indices.map { start in
            reached.removeAll()
            addClosure(of: start, in: program, atStart: false, atEnd: false, to: &reached, pending: &pending)
            return reached.members.filter { program[$0].consumesOrAccepts }
        }
    }

    /// Whether the pattern matches the whole of `text`.
    public func matches(_ text: some StringProtocol) -> Bool {
        if let literal { return text.unicodeScalars.elementsEqual(literal.unicodeScalars) }
        let length = text.unicodeScalars.count
        var current = StateSet(capacity: program.count)
        var next = StateSet(capacity: program.count)
        var pending: [Int] = []
        Self.addClosure(of: 0, in: program, atStart: true, atEnd: length == 0, to: &current, pending: &pending)
        for (position, scalar) in text.unicodeScalars.enumerated() {
            guard !current.isEmpty else { return false }
            next.removeAll()
            for state in current.members where step(program[state], over: scalar) {
                if position + 1 < length {
                    for reached in innerClosures[state + 1] { _ = next.insert(reached) }
                } else {
                    Self.addClosure(of: state + 1, in: program, atStart: false, atEnd: true, to: &next, pending: &pending)
                }
            }
            swap(&current, &next)
        }
        return current.members.contains { if case .match = program[$0] { true } else { false } }
    }

    /// Whether `instruction` consumes `scalar`.
    private func step(_ instruction: PatternInstruction, over scalar: Unicode.Scalar) -> Bool {
        switch instruction {
        case .scalar(let expected):
            return expected == scalar || ignoresCase && Self.folded(expected) == Self.folded(scalar)
        case .set(let set):
            return set.contains(scalar) || ignoresCase && (set.contains(Self.folded(scalar)) || set.contains(Self.upper(scalar)))
        case .any:
            return scalar != "\n"
        case .split, .jump, .lineStart, .lineEnd, .match:
            return false
        }
    }

    /// Adds `state` and every state of `program` reached from it without consuming a scalar, where `^` holds only
    /// `atStart` and `$` only `atEnd`; iterative, with `pending` as its stack.
    private static func addClosure(of state: Int, in program: [PatternInstruction], atStart: Bool, atEnd: Bool,
                                   to set: inout StateSet, pending: inout [Int]) {
        pending.append(state)
        while let state = pending.popLast() {
            guard set.insert(state) else { continue }
            switch program[state] {
            case .jump(let target): pending.append(target)
            case .split(let first, let second):
                pending.append(second)
                pending.append(first)
            case .lineStart: if atStart { pending.append(state + 1) }
            case .lineEnd: if atEnd { pending.append(state + 1) }
            case .scalar, .set, .any, .match: break
            }
        }
    }

    /// The scalar's lowercase form when that is one scalar.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.isASCII else { return single(scalar.properties.lowercaseMapping) ?? scalar }
        let byte = UInt8(ascii: scalar)
        return Unicode.Scalar(byte &- 0x41 < 26 ? byte | 0x20 : byte)
    }

    /// The scalar's uppercase form when that is one scalar.
    private static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        single(scalar.properties.uppercaseMapping) ?? scalar
    }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        let scalars = mapping.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    public static func == (left: HeadingPattern, right: HeadingPattern) -> Bool { left.source == right.source }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// The states of an automaton live at one position: a set of program indices with its members in insertion order,
/// cleared in time proportional to them.
private struct StateSet {
    private var present: [Bool]
    private(set) var members: [Int] = []

    init(capacity: Int) { present = Array(repeating: false, count: capacity) }

    var isEmpty: Bool { members.isEmpty }

    /// Adds `state`; returns false when it was there.
    mutating func insert(_ state: Int) -> Bool {
        guard !present[state] else { return false }
        present[state] = true
        members.append(state)
        return true
    }

    mutating func removeAll() {
        for member in members { present[member] = false }
        members.removeAll(keepingCapacity: true)
    }
}
