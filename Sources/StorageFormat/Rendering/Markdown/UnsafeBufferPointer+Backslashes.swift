/// Backslash escapes in Markdown being written: a character after an odd run of backslashes is escaped.
extension UnsafeBufferPointer<UInt8> {
    /// How many backslashes end the bytes before `end`.
    func trailingBackslashes(before end: Int) -> Int {
        var start = end
        while start > 0 && self[start - 1] == 0x5C { start -= 1 }
        return end - start
    }
}
