/// Identifies a rule added at run time, so a test can remove it again.
public struct FaultRuleID: Sendable, Hashable {
    let value: Int
}
