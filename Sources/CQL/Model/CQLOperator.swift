/// A CQL comparison operator; the raw value is its canonical spelling.
public enum CQLOperator: String, Hashable, Sendable, CaseIterable {
    /// `=`: equal (exact match for names, ids, dates).
    case equals = "="
    /// `!=`: not equal.
    case notEquals = "!="
    /// `~`: contains (text search on text fields).
    case contains = "~"
    /// `!~`: does not contain.
    case notContains = "!~"
    /// `>`: after (dates).
    case greaterThan = ">"
    /// `>=`: on or after (dates).
    case greaterThanOrEqual = ">="
    /// `<`: before (dates).
    case lessThan = "<"
    /// `<=`: on or before (dates).
    case lessThanOrEqual = "<="
    /// `IN (a, b)`: equal to any element of the list.
    case `in` = "IN"
    /// `NOT IN (a, b)`: equal to none of the list.
    case notIn = "NOT IN"

    /// Whether the operator takes a parenthesised list (`IN`, `NOT IN`).
    public var takesList: Bool { self == .in || self == .notIn }
}
