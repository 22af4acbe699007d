/// Word-wraps styled spans to a display width, measuring CJK and emoji as two cells and combining
/// marks as none. Breaks at spaces; a word wider than the line is split between clusters.
///
/// Works on UTF-8 bytes, no `Character` iteration: text is appended to the line buffer once, and when
/// the line overflows it is cut at the last space, the word after it moving to the next line. Finished
/// lines go to `lines`; one wrapper is reused for every paragraph of a render.
struct LineWrapper {
    /// Where a style run of the current line starts.
    private struct RunStart {
        var offset: Int
        var style: RunStyle
    }

    private var width: Int
    /// The wrapped lines.
    private(set) var lines = TerminalLines()
    private var lineBytes: [UInt8] = []
    private var runStarts: [RunStart] = []
    private var lineWidth = 0
    /// The last space on the line (a break opportunity) and the line's width before it.
    private var breakOffset: Int?
    private var breakWidth = 0
    private var pendingSpace: RunStyle?
    private var counter = DisplayWidthCounter()

    init(width: Int) {
        self.width = max(1, width)
        lineBytes.reserveCapacity(128)
        lines.reserveCapacity(bytes: 512, lines: 8)
    }

    /// Empties the wrapper for new content at `width` (the line state is already clear: every wrap
    /// ends by finishing its last line).
    private mutating func reset(width: Int) {
        self.width = max(1, width)
        lines.removeAll()
    }

    /// Wraps inline content resolved with `options` at `width`; the result is in `lines`.
    mutating func wrap(_ inlines: [Inline], base: RunStyle, options: RenderOptions, width: Int) {
        reset(width: width)
        InlineSpan.visit(inlines, base: base, options: options) { add($0) }
        finish()
    }

    /// Wraps `spans` at `width`; the result is in `lines`.
    mutating func wrap(_ spans: [InlineSpan], width: Int) {
        reset(width: width)
        for span in spans { add(span) }
        finish()
    }

    private mutating func add(_ span: InlineSpan) {
        let style = span.style
        span.text.withUTF8Buffer { buffer in
            if buffer.count == 1 && buffer[0] == 0x0A {
                pendingSpace = nil
                endLine()
                return
            }
            var index = 0
            while index < buffer.count {
                if buffer[index] == 0x20 {
                    pendingSpace = style
                    counter = DisplayWidthCounter()
                    index += 1
                    continue
                }
                if let space = pendingSpace {
                    pendingSpace = nil
                    if lineWidth > 0 {
                        append(CollectionOfOne(0x20), style: space)
                        breakOffset = lineBytes.count - 1
                        breakWidth = lineWidth
                        lineWidth += 1
                    }
                }
                index = addStretch(buffer, from: index, style: style)
            }
        }
    }

    /// Appends the words from `start` (not a space) in one piece, with the single spaces between them
    /// as break opportunities, stopping after the word that overflows the line or before a run of
    /// spaces; returns where it stopped.
    private mutating func addStretch(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, style: RunStyle) -> Int {
        let base = lineBytes.count
        var stretchWidth = 0
        var end = start
        while true {
            var wordEnd = end + 1
            var bits = buffer[end]
            while wordEnd < buffer.count && buffer[wordEnd] != 0x20 {
                bits |= buffer[wordEnd]
                wordEnd += 1
            }
            if bits < 0x80 {
                stretchWidth += counter.add(printableASCIICount: wordEnd - end)
            } else {
                stretchWidth += measure(buffer, end..<wordEnd)
            }
            end = wordEnd
            let total = lineWidth + stretchWidth
            guard total <= width, total > 0, end + 1 < buffer.count, buffer[end + 1] != 0x20 else { break }
            breakOffset = base + end - start
            breakWidth = total
            stretchWidth += 1
            counter = DisplayWidthCounter()
            end += 1
        }
        append(UnsafeBufferPointer(rebasing: buffer[start..<end]), style: style)
        lineWidth += stretchWidth
        if lineWidth > width { overflow() }
        return end
    }

    private mutating func finish() {
        pendingSpace = nil
        if !lineBytes.isEmpty || lines.isEmpty { endLine() }
    }

    // MARK: Lines

    /// The display width of a run of non-space bytes, continuing the current word's clusters.
    private mutating func measure(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var added = 0
        var scan = range.lowerBound
        while scan < range.upperBound {
            if buffer[scan] < 0x80 {
                var asciiEnd = scan + 1
                while asciiEnd < range.upperBound && buffer[asciiEnd] < 0x80 { asciiEnd += 1 }
                added += counter.add(printableASCIICount: asciiEnd - scan)
                scan = asciiEnd
            } else {
                let length = min(LineWrapper.sequenceLength(buffer[scan]), range.upperBound - scan)
                added += counter.add(LineWrapper.scalar(buffer, at: scan, length: length))
                scan += length
            }
        }
        return added
    }

    private mutating func append(_ bytes: some Collection<UInt8>, style: RunStyle) {
        if runStarts.last?.style != style { runStarts.append(RunStart(offset: lineBytes.count, style: style)) }
        lineBytes.append(contentsOf: bytes)
    }

    /// The line is too wide: cut at the last space, then split what is still too wide.
    private mutating func overflow() {
        if let offset = breakOffset {
            let tailWidth = lineWidth - breakWidth - 1
            cut(at: offset, resumeAt: offset + 1, width: breakWidth)
            lineWidth = tailWidth
        }
        while lineWidth > width && splitLongWord() {}
    }

    /// Emits the longest prefix of the line that fits, breaking between clusters; false when no
    /// break is possible (a single cluster wider than the line stays whole).
    private mutating func splitLongWord() -> Bool {
        var splitCounter = DisplayWidthCounter()
        var index = 0
        var cutOffset = lineBytes.count
        var prefixWidth = 0
        while index < lineBytes.count {
            let length = min(LineWrapper.sequenceLength(lineBytes[index]), lineBytes.count - index)
            let scalar = lineBytes.withUnsafeBufferPointer { LineWrapper.scalar($0, at: index, length: length) }
            let before = splitCounter.width
            let added = splitCounter.add(scalar)
            if added > 0 && before + added > width && before > 0 {
                cutOffset = index
                prefixWidth = before
                break
            }
            index += length
        }
        guard cutOffset < lineBytes.count else {
            lineWidth = splitCounter.width
            return false
        }
        cut(at: cutOffset, resumeAt: cutOffset, width: prefixWidth)
        lineWidth -= prefixWidth
        return true
    }

    /// Emits bytes `0..<offset`, `emittedWidth` cells wide, as a line and keeps `resume...` as the start of
    /// the next one.
    private mutating func cut(at offset: Int, resumeAt resume: Int, width emittedWidth: Int) {
        emit(upTo: offset, width: emittedWidth)
        let kept = min(resume, lineBytes.count)
        var firstKept = 0
        while firstKept + 1 < runStarts.count && runStarts[firstKept + 1].offset <= kept { firstKept += 1 }
        runStarts.removeFirst(firstKept)
        for index in runStarts.indices { runStarts[index].offset = max(0, runStarts[index].offset - kept) }
        lineBytes.removeFirst(kept)
        if lineBytes.isEmpty { runStarts.removeAll(keepingCapacity: true) }
        breakOffset = nil
    }

    /// Appends `lineBytes[0..<end]`, `emittedWidth` cells wide, to `lines` as one line.
    private mutating func emit(upTo end: Int, width emittedWidth: Int) {
        lineBytes.withUnsafeBufferPointer { buffer in
            for (index, start) in runStarts.enumerated() {
                let runEnd = min(end, index + 1 < runStarts.count ? runStarts[index + 1].offset : lineBytes.count)
                guard runEnd > start.offset else { continue }
                lines.append(UnsafeBufferPointer(rebasing: buffer[start.offset..<runEnd]), style: start.style, width: 0)
            }
        }
        lines.endLine(width: emittedWidth)
    }

    private mutating func endLine() {
        emit(upTo: lineBytes.count, width: lineWidth)
        lineBytes.removeAll(keepingCapacity: true)
        runStarts.removeAll(keepingCapacity: true)
        lineWidth = 0
        breakOffset = nil
        counter = DisplayWidthCounter()
    }

    // MARK: UTF-8

    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar of `length` bytes at `index` (the bytes come from a valid Swift string).
    @inline(__always)
    static func scalar(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        let lead = UInt32(buffer[index])
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(UInt8(lead))
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
