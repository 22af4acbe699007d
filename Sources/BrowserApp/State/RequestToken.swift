/// Identifies one load the reducer started; a result whose token no longer matches is stale and dropped.
public struct RequestToken: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The raw, monotonically increasing number.
    public let value: UInt64

    /// Creates a token.
    public init(_ value: UInt64) { self.value = value }

    /// Later tokens compare greater.
    public static func < (lhs: RequestToken, rhs: RequestToken) -> Bool { lhs.value < rhs.value }

    /// `#7`, for test failures and logs.
    public var description: String { "#\(value)" }
}
