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
            while index < bytes.count {
                let length = LineWrapper.sequenceLength(bytes[index])
                if isSimple(bytes, at: index, length: length) && isBoundary(after: index + length, in: bytes) {
                    count += 1
                    index += length
                    continue
                }
                // Counted by String up to the first boundary between two simple scalars.
                var end = index + length
                while end < bytes.count {
                    let next = LineWrapper.sequenceLength(bytes[end])
                    if isSimple(bytes, at: end, length: next) && isBoundary(after: end + next, in: bytes) {
                        end += next
                        break
                    }
                    end += next
                }
                end = min(end, bytes.count)
                count += String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).count
                index = end
            }
            return count
        }
    }

    /// Whether a cluster certainly ends at `index`, after a simple scalar: the text ends there or a
    /// simple scalar follows.
    private static func isBoundary(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return true }
        return isSimple(bytes, at: index, length: LineWrapper.sequenceLength(bytes[index]))
    }

    /// Whether the scalar of `length` bytes at `index` never joins a simple neighbour: ASCII but CR,
    /// Latin-1 and Latin Extended, general punctuation, CJK ideographs, Hangul syllables and fullwidth ASCII.
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        guard index + length <= bytes.count else { return false }
        if length == 1 { return bytes[index] != 0x0D }
        let value = LineWrapper.scalar(bytes, at: index, length: length).value
        switch value {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF5E: return true
        default: return false
        }
    }
}
