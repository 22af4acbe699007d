/// Counts grapheme clusters (what `String.count` returns) without walking every `Character`.
///
/// Between two ASCII bytes there is always a cluster boundary, except inside CR LF; so each ASCII
/// byte followed by ASCII is one cluster, and only stretches touching non-ASCII bytes are counted by
/// `String`, each cut just after an ASCII byte that is followed by another.
enum GraphemeCount {
    /// The number of grapheme clusters in `text`.
    static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 && Self.isBoundary(after: index, in: bytes) {
                    count += 1
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count && !(bytes[end] < 0x80 && Self.isBoundary(after: end, in: bytes)) { end += 1 }
                end = min(end + 1, bytes.count)
                count += String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).count
                index = end
            }
            return count
        }
    }

    /// Whether the ASCII byte at `index` ends a cluster for certain: the text ends after it, or an
    /// ASCII byte other than the LF of a CR LF follows.
    private static func isBoundary(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < bytes.count else { return true }
        let next = bytes[index + 1]
        return next < 0x80 && !(bytes[index] == 0x0D && next == 0x0A)
    }
}
