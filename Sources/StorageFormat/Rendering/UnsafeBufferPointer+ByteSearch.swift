/// Finding a byte eight at a time, for the line splitting every rendered block goes through.
extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first `byte` at or after `start`, or `count` when there is none.
    func index(of byte: UInt8, from start: Int) -> Int {
        var index = start
        if let base = baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let pattern = UInt64(byte) &* ones
            while index + 8 <= count {
                // A zero byte in `word` marks a match; the lowest flagged byte is the first one.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ pattern
                let zeros = (word &- ones) & ~word & (ones &<< 7)
                if zeros != 0 { return index + zeros.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < count && self[index] != byte { index += 1 }
        return index
    }
}
