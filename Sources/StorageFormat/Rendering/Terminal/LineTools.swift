/// Measuring, cutting and tab-expanding the UTF-8 of terminal runs (valid UTF-8 without control
/// characters, so every ASCII byte is one cell).
enum LineTools {
    /// The display width of `text`, measured cluster by cluster.
    static func width(of text: UnsafeBufferPointer<UInt8>) -> Int {
        var counter = DisplayWidthCounter()
        var width = 0
        var index = 0
        // Runs of ASCII and of Hangul syllables or CJK ideographs are counted without decoding each scalar.
        while index < text.count {
            if text[index] < 0x80 {
                let runEnd = asciiRunEnd(text, from: index + 1, toSpace: false)
                width += counter.add(printableASCIICount: runEnd - index)
                index = runEnd
            } else if isWideSyllable(text, at: index) {
                let runEnd = wideRunEnd(text, from: index &+ 3)
                width += counter.add(wideRunCount: (runEnd &- index) / 3)
                index = runEnd
            } else {
                let scalar = measureScalar(text, at: index, continuing: &counter)
                width += scalar.width
                index = scalar.end
            }
        }
        return width
    }

    /// Measures the scalar at `index`, continuing `counter`'s cluster; returns where it ends and the
    /// cells it added.
    @inline(__always)
    static func measureScalar(
        _ text: UnsafeBufferPointer<UInt8>, at index: Int, continuing counter: inout DisplayWidthCounter
    ) -> (end: Int, width: Int) {
        let length = min(LineWrapper.sequenceLength(text[index]), text.count - index)
        return (index + length, counter.add(LineWrapper.scalar(text, at: index, length: length)))
    }

    /// Where the ASCII from `start` ends: at the first other byte, or first space when `toSpace`.
    @inline(__always)
    static func asciiRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, toSpace: Bool) -> Int {
        runEnd(text, from: start) { lanes in
            lanes.word & 0x8080_8080_8080_8080 | (toSpace ? lanes.equal(to: 0x20) : 0)
        } stopsAt: { byte in
            byte >= 0x80 || toSpace && byte == 0x20
        }
    }

    /// Whether a soft hyphen (U+00AD) starts at `index`: a break opportunity, shown only when a line breaks there.
    @inline(__always)
    static func isSoftHyphen(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        text[index] == 0xC2 && index &+ 1 < text.count && text[index &+ 1] == 0xAD
    }

    /// Whether a zero-width joiner ends just before `index`, joining what starts there to its cluster.
    @inline(__always)
    static func followsJoiner(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= 3 && text[index &- 1] == 0x8D && text[index &- 2] == 0x80 && text[index &- 3] == 0xE2
    }

    /// Whether an ideographic space (U+3000) starts at `index`.
    @inline(__always)
    static func isIdeographicSpace(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        text[index] == 0xE3 && index &+ 2 < text.count && text[index &+ 1] == 0x80 && text[index &+ 2] == 0x80
    }

    /// Where the run of Hangul syllables and CJK ideographs from `start` ends.
    @inline(__always)
    static func wideRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while isWideSyllable(text, at: end) { end &+= 3 }
        return end
    }

    /// Where the run of CJK ideographs (when `ideographic`) or of Hangul syllables from `start` ends, or the first
    /// scalar boundary of the run at or past `limit`.
    @inline(__always)
    static func wideRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int, ideographic: Bool, limit: Int = .max) -> Int {
        var end = start
        while end < limit && isWideSyllable(text, at: end) && (text[end] < 0xEA) == ideographic { end &+= 3 }
        return end
    }

    /// Where the printable ASCII other than spaces from `start` ends.
    @inline(__always)
    static func printableRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        runEnd(text, from: start) { lanes in
            lanes.word & 0x8080_8080_8080_8080 | lanes.below(0x21) | lanes.equal(to: 0x7F)
        } stopsAt: { byte in
            byte <= 0x20 || byte >= 0x7F
        }
    }

    /// The index of the first byte from `start` that `stopsAt`, or the text's end: eight bytes at a
    /// time by `stopLanes` (the lanes of the bytes that stop it), then byte by byte.
    @inline(__always)
    private static func runEnd(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, stopLanes: (ByteLanes) -> UInt64, stopsAt: (UInt8) -> Bool
    ) -> Int {
        guard let base = text.baseAddress else { return start }
        var index = start
        // `index` stays within the text, so `index + 8` cannot overflow; the loop's bound keeps each
        // eight-byte load inside it.
        while index &+ 8 <= text.count {
            let stops = stopLanes(ByteLanes(at: base + index))
            if stops != 0 { return index &+ ByteLanes.firstLane(stops) }
            index &+= 8
        }
        while index < text.count && !stopsAt(text[index]) { index &+= 1 }
        return index
    }

    /// Whether the three bytes at `index` are a Hangul syllable (U+AC00-U+D7A3) or a CJK unified
    /// ideograph (U+4E00-U+9FFF): two cells each, never joining their neighbours. Lead bytes E5-E9
    /// (U+5000-U+9FFF) and EB-EC (U+B000-U+CFFF) say so alone; E4, EA and ED are decoded.
    @inline(__always)
    static func isWideSyllable(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < text.count &- 2 else { return false }
        let lead = text[index]
        if lead &- 0xE5 < 5 || lead &- 0xEB < 2 { return true }
        guard lead == 0xE4 || lead == 0xEA || lead == 0xED else { return false }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
        return (value >= 0xAC00 && value <= 0xD7A3) || (value >= 0x4E00 && value <= 0x9FFF)
    }

    /// The display width of `text`.
    static func width(of text: String) -> Int {
        text.withUTF8Buffer { width(of: $0) }
    }

    /// The end of the longest prefix of `text` at most `limit` cells wide, cut between clusters, and
    /// that prefix's width.
    static func prefix(of text: UnsafeBufferPointer<UInt8>, fitting limit: Int) -> (end: Int, width: Int) {
        var counter = DisplayWidthCounter()
        var index = 0
        while index < text.count {
            let length = min(LineWrapper.sequenceLength(text[index]), text.count - index)
            let before = counter.width
            let added = counter.add(LineWrapper.scalar(text, at: index, length: length))
            if before + added > limit { return (index, before) }
            index += length
        }
        return (text.count, counter.width)
    }

    /// Calls `body` with each line of code `text` (a final newline ends the last line rather than
    /// starting an empty one), tabs expanded to the next multiple of four columns, and its width.
    static func forEachCodeLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        var expanded: [UInt8] = []
        text.withUTF8Buffer { bytes in
            var end = bytes.count
            if end > 0 && bytes[end - 1] == 0x0A { end -= 1 }
            var start = 0
            while start <= end {
                let lineEnd = min(end, bytes.firstIndex(of: 0x0A, from: start) ?? end)
                let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
                if line.contains(0x09) {
                    expandTabs(line, into: &expanded)
                    expanded.withUnsafeBufferPointer { body($0, width(of: $0)) }
                } else {
                    body(line, width(of: line))
                }
                start = lineEnd + 1
            }
        }
    }

    /// Writes `line` to `output` with each tab replaced by spaces up to the next multiple of four columns.
    private static func expandTabs(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.removeAll(keepingCapacity: true)
        var column = 0
        var index = 0
        while index < line.count {
            let length = min(LineWrapper.sequenceLength(line[index]), line.count - index)
            if line[index] == 0x09 {
                let spaces = 4 - column % 4
                output.append(contentsOf: repeatElement(0x20, count: spaces))
                column += spaces
            } else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<(index + length)]))
                column += displayWidth(of: LineWrapper.scalar(line, at: index, length: length))
            }
            index += length
        }
    }
}
