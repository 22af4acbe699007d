/// Case-insensitive substring search used by filters and the text view.
public enum TextSearch {
    /// The lowercased UTF-8 bytes of `s`, the form `contains` compares.
    public static func folded(_ s: String) -> [UInt8] {
        Array(s.lowercased().utf8)
    }

    /// True when `needle` occurs in `haystack` (both already folded). An empty needle matches.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            start += 1
        }
        return false
    }

    /// A query's Characters lowercased, the form `characterRanges(of:in:)` compares: folded once per search, not per
    /// line searched, so a long query (a paste) costs its length once.
    public struct Needle: Sendable {
        let characters: [String]

        /// Folds `query`.
        public init(_ query: String) { characters = query.map { $0.lowercased() } }
    }

    /// Non-overlapping occurrences of `needle` in `text` as ranges of Character offsets,
    /// comparing each Character lowercased.
    public static func characterRanges(of needle: Needle, in text: String) -> [Range<Int>] {
        let needle = needle.characters
        // A Character takes at least one byte, so a text of fewer bytes than the needle has Characters holds no match.
        guard !needle.isEmpty, text.utf8.count >= needle.count else { return [] }
        let hay = text.map { $0.lowercased() }
        guard hay.count >= needle.count else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start <= hay.count - needle.count {
            if hay[start..<(start + needle.count)].elementsEqual(needle) {
                ranges.append(start..<(start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return ranges
    }

    /// Converts Character-offset ranges of `text` into display-column ranges.
    static func columnRanges(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        var columns: [Int] = [0]
        columns.reserveCapacity(text.count + 1)
        for character in text {
            columns.append(columns[columns.count - 1] + clusterWidth(character))
        }
        return ranges.map { columns[$0.lowerBound]..<columns[$0.upperBound] }
    }
}
