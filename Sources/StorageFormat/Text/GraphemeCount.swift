/// Counts grapheme clusters (what `String.count` returns) without walking every `Character`.
///
/// Clusters only join across a boundary when the scalar after it extends or is joined (combining
/// marks, joiners, spacing marks), the one before it prefixes, or both are Hangul jamo, regional
/// indicators or CR LF. So between two "simple" scalars, ASCII and the ranges below that hold none of
/// those, there is always a boundary, and only stretches touching other scalars are counted by
/// `String`, each cut between two simple scalars.
enum GraphemeCount {
    /// The number of grapheme clusters in `text`.
    static func of(_ text: String) -> Int {
        text.withUTF8Buffer { bytes in
            var count = 0
            var index = 0
            // Each scalar is classified once, as the one after the previous.
            var simple = isSimple(bytes, at: 0)
            while index < bytes.count {
                // ASCII but CR, and Hangul syllables and CJK ideographs told by their first two bytes, are
                // simple: each is a cluster of its own when one of those follows. Each is classified once,
                // its length (0 for other scalars) carried to the next step.
                var length = fastLength(bytes, at: index)
                while length > 0 {
                    let next = index &+ length
                    let nextLength = fastLength(bytes, at: next)
                    guard nextLength > 0 else { break }
                    // Where two ASCII scalars meet, the ASCII but CR among the next eight bytes is read at once:
                    // of the first `plain` of them all but the last are clusters, and the last is simple too.
                    // All eight are clusters when eight more follow.
                    if length | nextLength == 1 && index &+ 8 <= bytes.count {
                        let plain = plainASCIICount(ByteLanes(bytes, at: index))
                        if plain == 8 {
                            while index &+ 16 <= bytes.count && plainASCIICount(ByteLanes(bytes, at: index &+ 8)) == 8 {
                                count += 8
                                index &+= 8
                            }
                        }
                        count += plain &- 1
                        index &+= plain &- 1
                        length = 1
                        continue
                    }
                    count += 1
                    (index, length) = (next, nextLength)
                }
                let next = index + LineWrapper.sequenceLength(bytes[index])
                let nextSimple = isSimple(bytes, at: next)
                if simple && (next >= bytes.count || nextSimple) {
                    count += 1
                    (index, simple) = (next, nextSimple)
                    continue
                }
                // Counted by String up to the first boundary between two simple scalars.
                var (end, endSimple) = (next, nextSimple)
                while end < bytes.count {
                    let after = end + LineWrapper.sequenceLength(bytes[end])
                    let afterSimple = isSimple(bytes, at: after)
                    let endsCluster = endSimple && (after >= bytes.count || afterSimple)
                    (end, endSimple) = (after, afterSimple)
                    if endsCluster { break }
                }
                end = min(end, bytes.count)
                count += String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).count
                (index, simple) = (end, endSimple)
            }
            return count
        }
    }

    /// How many of `lanes`, from the first, are ASCII but CR.
    @inline(__always)
    private static func plainASCIICount(_ lanes: ByteLanes) -> Int {
        let others = lanes.word & 0x8080_8080_8080_8080 | lanes.equal(to: 0x0D)
        return others == 0 ? 8 : ByteLanes.firstLane(others)
    }

    /// The length of the scalar at `index` when it is ASCII but CR (1), or a CJK ideograph (U+4E00-U+9FFF) or
    /// Hangul syllable below U+D780 (3), as its first two bytes tell, so simple without decoding; else 0,
    /// also past the end.
    @inline(__always)
    private static func fastLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x0D ? 0 : 1 }
        guard lead &- 0xE4 < 10, index &+ 1 < bytes.count else { return 0 }
        let second = bytes[index &+ 1]
        switch lead {
        case 0xE4: return second >= 0xB8 ? 3 : 0
        case 0xEA: return second >= 0xB0 ? 3 : 0
        case 0xED: return second < 0x9E ? 3 : 0
        default: return 3
        }
    }

    /// Whether the scalar at `index` never joins a simple neighbour: ASCII but CR, Latin-1 and Latin
    /// Extended, general punctuation, CJK ideographs, Hangul syllables and fullwidth ASCII; false past the end.
    @inline(__always)
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return lead != 0x0D }
        // Decoded by length here, as the simple ranges hold only two- and three-byte scalars.
        if lead < 0xE0 {
            guard index + 2 <= bytes.count else { return false }
            let value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            return value >= 0xA0 && value <= 0x2FF
        }
        guard lead < 0xF0, index + 3 <= bytes.count else { return false }
        let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        switch value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
