/// A built-in CQL function: how many arguments it takes, what they are and what it gives.
struct CQLFunctionSpec: Hashable, Sendable {
    /// What each argument must be.
    enum Argument: Hashable, Sendable {
        /// A date offset such as "-4w" or "+1d".
        case dateOffset
        /// A non-negative whole number.
        case count
    }

    /// The canonical spelling, e.g. "startOfWeek".
    var name: String
    /// How many arguments it takes.
    var arity: ClosedRange<Int>
    /// What every argument must be; `nil` for functions without arguments.
    var argument: Argument?
    /// What it gives.
    var result: CQLValueKind

    /// The functions of the CQL fact sheet.
    static let all: [CQLFunctionSpec] = {
        let dates = ["now", "startOfDay", "startOfWeek", "startOfMonth", "startOfYear", "endOfDay", "endOfWeek", "endOfMonth", "endOfYear"]
        return dates.map { CQLFunctionSpec(name: $0, arity: 0...1, argument: .dateOffset, result: .date) } + [
            CQLFunctionSpec(name: "currentUser", arity: 0...0, argument: nil, result: .user),
            CQLFunctionSpec(name: "currentContent", arity: 0...0, argument: nil, result: .contentID),
            CQLFunctionSpec(name: "currentSpace", arity: 0...0, argument: nil, result: .space),
            CQLFunctionSpec(name: "favouriteSpaces", arity: 0...0, argument: nil, result: .space),
            CQLFunctionSpec(name: "favoriteSpaces", arity: 0...0, argument: nil, result: .space),
            CQLFunctionSpec(name: "recentlyViewedContent", arity: 1...2, argument: .count, result: .contentID),
            CQLFunctionSpec(name: "recentlyViewedSpaces", arity: 1...1, argument: .count, result: .space),
        ]
    }()

    /// The built-in function called `name`, ignoring case.
    static func named(_ name: String) -> CQLFunctionSpec? {
        let lowered = name.lowercased()
        return all.first { $0.name.lowercased() == lowered }
    }

    /// The arity as words, e.g. "no arguments", "at most 1 argument", "1 or 2 arguments".
    var arityDescription: String {
        let (low, high) = (arity.lowerBound, arity.upperBound)
        let noun = high == 1 ? "argument" : "arguments"
        if high == 0 { return "no arguments" }
        if low == high { return "exactly \(low) \(noun)" }
        if low == 0 { return "at most \(high) \(noun)" }
        if high == low + 1 { return "\(low) or \(high) \(noun)" }
        return "\(low) to \(high) \(noun)"
    }
}
