/// Estimates LLM token counts without a vocabulary.
///
/// Basis (close to BPE tokenizers such as OpenAI's cl100k on documentation text): every run of ASCII
/// letters and digits counts one token per four characters, rounded up; every other visible ASCII
/// character (punctuation, symbols) counts one token; every non-ASCII scalar (CJK, Hangul, accented
/// letters, emoji parts) counts one token; whitespace, the no-break, ideographic and typographic spaces
/// included, is free.
public enum TokenEstimator {
    /// The estimated token count of `text`.
    public static func estimate(_ text: String) -> Int {
        text.withUTF8Buffer { bytes in
            var tokens = 0
            var run = 0
            var index = 0
            // Eight bytes at a time: their marks are counted at once, and their word tokens looked up from
            // which of them are word bytes and the word run before them (its length mod 4, kept as the
            // table keys and gives it: shifted left eight times).
            windowCounts.withUnsafeBufferPointer { counts in
                // The words read lie within the text, which is checked once, here.
                guard let base = bytes.baseAddress else { return }
                while index &+ 8 <= bytes.count {
                    let lanes = ByteLanes(at: base + index)
                    let folded = ByteLanes(word: lanes.word | 0x2020_2020_2020_2020)
                    // Ranges of the low seven bits, as fused tests (each the lanes at least its bound), kept
                    // to the ASCII lanes.
                    let ascii = ~lanes.word & 0x8080_8080_8080_8080
                    let letters = folded.passes(atLeast: 0x61) & ~folded.passes(atLeast: 0x7B)
                    let digits = lanes.passes(atLeast: 0x30) & ~lanes.passes(atLeast: 0x3A)
                    let words = (letters | digits) & ascii
                    let visible = lanes.passes(atLeast: 0x21) & ~lanes.passes(atLeast: 0x7F) & ascii
                    let leads = lanes.word & (lanes.word << 1) & 0x8080_8080_8080_8080
                    // Lane flags gathered into the top byte: as bits (lane `i`'s high bit moved to bit `56 + i`,
                    // no two products meeting), or summed.
                    let mask = Int(truncatingIfNeeded: (words &* 0x0002_0408_1020_4081) >> 56)
                    // Word lanes are visible: the other visible ones are marks.
                    let markLanes = (visible ^ words) | leads
                    let marks = Int(truncatingIfNeeded: ((markLanes >> 7) &* 0x0101_0101_0101_0101) >> 56)
                    let entry = Int(counts[run | mask])
                    tokens &+= marks &+ (entry & 0x0F)
                    run = entry & 0x300
                    index &+= 8
                }
            }
            run >>= 8
            byteKinds.withUnsafeBufferPointer { kinds in
                while index < bytes.count {
                    let kind = Int(kinds[Int(bytes[index])])
                    run = (run &+ 1) &* (kind & 1)
                    // A word run's first byte and every fourth after it start a token: ceil(length / 4) in all;
                    // a mark is one token.
                    tokens &+= (run & 3 == 1 ? 1 : 0) &+ (kind >> 1)
                    index &+= 1
                }
            }
            // Non-ASCII white space was counted as a mark by its lead byte.
            return tokens &- nonASCIISpaces(in: bytes)
        }
    }

    /// How many no-break, ideographic, typographic and line-separating spaces `bytes` hold: scalars led by 0xC2, 0xE2 or
    /// 0xE3, found eight bytes at a time.
    private static func nonASCIISpaces(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        func isSpace(at index: Int) -> Bool {
            guard index &+ 1 < bytes.count else { return false }
            let (first, second) = (bytes[index], bytes[index &+ 1])
            if first == 0xC2 { return second == 0xA0 }
            guard index &+ 2 < bytes.count else { return false }
            let third = bytes[index &+ 2]
            if first == 0xE3 { return second == 0x80 && third == 0x80 }
            guard first == 0xE2 else { return false }
            // U+2000...U+200A, U+2028, U+2029, U+202F, U+205F.
            return second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF)
                || second == 0x81 && third == 0x9F
        }
        var count = 0
        var index = 0
        if let base = bytes.baseAddress {
            while index &+ 8 <= bytes.count {
                let lanes = ByteLanes(at: base + index)
                var leads = lanes.c2OrE2() | lanes.equal(to: 0xE3)
                while leads != 0 {
                    if isSpace(at: index &+ ByteLanes.firstLane(leads)) { count &+= 1 }
                    leads &= leads &- 1
                }
                index &+= 8
            }
        }
        while index < bytes.count {
            if isSpace(at: index) { count &+= 1 }
            index &+= 1
        }
        return count
    }

    /// For each byte value, branch-free flags: 1 for an ASCII letter or digit (a word byte), 2 for a mark
    /// (other visible ASCII, or the lead byte of a non-ASCII scalar), 0 for whitespace, controls and
    /// continuation bytes.
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return 1 }
        return byte > 0x20 && byte != 0x7F && byte & 0xC0 != 0x80 ? 2 : 0
    }

    /// For eight bytes, keyed by which are word bytes (bit `i` for byte `i`) plus the length mod 4 of the
    /// word run before them shifted left eight times: the word tokens they start (low four bits) and the
    /// length mod 4 of the run after them, shifted as in the key.
    private static let windowCounts: [UInt16] = (0..<1024).map { key in
        var run = key >> 8
        var tokens = 0
        for lane in 0..<8 {
            run = (key >> lane) & 1 == 1 ? run + 1 : 0
            if run & 3 == 1 { tokens += 1 }
        }
        return UInt16(tokens | (run & 3) << 8)
    }
}
