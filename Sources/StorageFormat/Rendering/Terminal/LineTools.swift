/// Measuring, cutting and tab-expanding the UTF-8 of terminal runs (valid UTF-8 without control
/// characters, so every ASCII byte is one cell).
enum LineTools {
    /// The display width of `text`, measured cluster by cluster, with a fast path for ASCII.
    static func width(of text: UnsafeBufferPointer<UInt8>) -> Int {
        var counter = DisplayWidthCounter()
        var index = 0
        while index < text.count {
            if text[index] < 0x80 {
                var asciiEnd = index + 1
                while asciiEnd < text.count && text[asciiEnd] < 0x80 { asciiEnd += 1 }
                counter.add(printableASCIICount: asciiEnd - index)
                index = asciiEnd
            } else {
                let length = min(LineWrapper.sequenceLength(text[index]), text.count - index)
                counter.add(LineWrapper.scalar(text, at: index, length: length))
                index += length
            }
        }
        return counter.width
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
