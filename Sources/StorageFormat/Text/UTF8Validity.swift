/// Whether bytes are well-formed UTF-8 (Unicode Table 3-7) and whether they are all ASCII, found in
/// one scan that skips ASCII eight bytes at a time and checks runs of three-byte sequences (CJK,
/// Hangul, punctuation) four bytes at a time.
enum UTF8Validity {
    case ascii
    case valid
    case invalid

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The validity of `bytes`: no overlong forms, surrogates, scalars above U+10FFFF, stray
    /// continuation bytes or truncated sequences.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Validity {
        guard let base = bytes.baseAddress else { return .ascii }
        let count = bytes.count
        var index = 0
        var ascii = true
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index = asciiEnd(base, from: index, count: count)
                continue
            }
            ascii = false
            // Three-byte sequences, each read as one word while four bytes remain, and single ASCII bytes between them.
            while index <= count &- 4 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                if word & 0xC0_C0F0 != 0x80_80E0 {  // not E0-EF and two continuation bytes
                    // One ASCII byte before another sequence (a space between words) is passed here.
                    guard word & 0x8080 == 0x8000 else { break }
                    index &+= 1
                    continue
                }
                // After E0 the second byte must be A0-BF (no overlongs), after ED 80-9F (no surrogates): the
                // lead's low nibble and the second byte's 0x20 bit are 0 and clear, or D and set, only when not.
                // Two tests that fail only on invalid input, so no branch turns on which lead it is.
                let leadAndSecond = word & 0x200F
                if leadAndSecond == 0 || leadAndSecond == 0x200D { return .invalid }
                index &+= 3
            }
            guard index < count, base[index] >= 0x80 else { continue }
            guard let length = sequenceLength(base, at: index, count: count) else { return .invalid }
            index &+= length
        }
        return ascii ? .ascii : .valid
    }

    /// The end of the ASCII run at `start`, found a word at a time; the last word overlaps the one before.
    @inline(__always)
    private static func asciiEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        if start <= count &- 8 {  // the word read lies within the bytes
            let high = ByteLanes(at: base + start).word & highBits
            return start &+ (high == 0 ? 8 : high.trailingZeroBitCount >> 3)
        }
        guard count >= 8 else { return start &+ 1 }
        // The last eight bytes, less the lanes before `start`.
        let high = (ByteLanes(at: base + (count &- 8)).word & highBits) >> (UInt64(start &- (count &- 8)) &* 8)
        return high == 0 ? count : start &+ high.trailingZeroBitCount >> 3
    }

    /// The length of the well-formed sequence led by the non-ASCII byte at `index`, or nil.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard lead >= 0xC2, lead <= 0xF4, length <= count &- index else { return nil }
        // The second byte's range narrows after E0, ED, F0 and F4; the others are 80-BF.
        let second = base[index &+ 1]
        let low: UInt8 = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80
        let high: UInt8 = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF
        guard second >= low, second <= high else { return nil }
        for offset in 2..<length where base[index &+ offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
