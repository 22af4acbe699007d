/// Runs of one byte, for code fences longer than any backtick run they enclose.
extension Sequence where Element == UInt8 {
    /// The length of the longest run of `byte`.
    func longestRun(of byte: UInt8) -> Int {
        var longest = 0
        var run = 0
        for unit in self {
            run = unit == byte ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        return longest
    }
}
